import ArgumentParser
import Batch
import Foundation
import Store

/// Fills a store from records already written (a `batch --out` folder, a `--ndjson` file, or
/// records of `convert -o`). Each record is one transaction; rerunning after a crash finishes
/// the job (records already current are left alone), so the store always follows the durable
/// JSON output and never leads it.
enum StoreIngest {
    struct Counts {
        var inserted = 0, replaced = 0, unchanged = 0, keptNewer = 0, problems: [String] = []
        var line: String {
            "stored \(inserted) new, \(replaced) replaced, \(unchanged + keptNewer) unchanged"
                + (problems.isEmpty ? "" : ", \(problems.count) not records")
        }
    }

    /// The version written into `documents.extractor_version`: the tool's own.
    static var extractorVersion: String { ContractExtract.configuration.version }

    /// `shard`: only records whose sha256 falls in it (shards sharing one output each store their own).
    /// A batch output that does not exist yet (no input at all) stores nothing.
    static func ingest(from path: String, into store: ContractStore, shard: Shard? = nil, missingIsEmpty: Bool = false) throws -> Counts {
        var counts = Counts()
        if missingIsEmpty, !FileManager.default.fileExists(atPath: path) { return counts }
        try RecordFiles.forEach(in: path, onProblem: { counts.problems.append($0.description) }) { record, json in
            if let shard, !shard.contains(record.source.sha256) { return }
            switch try store.ingest(record, json: json, extractorVersion: extractorVersion) {
            case .inserted: counts.inserted += 1
            case .replaced: counts.replaced += 1
            case .unchanged: counts.unchanged += 1
            case .keptNewer: counts.keptNewer += 1
            }
        }
        return counts
    }

    /// A `--db` that is neither a path nor a PostgreSQL URL is a usage error (64).
    static func validate(_ db: String?) throws {
        guard let db else { return }
        do { _ = try StoreLocation(db) } catch { throw ValidationError("--db \(error)") }
    }

    /// Opens the store at `--db`, or ends the process with the store's one error line.
    static func open(_ db: String, mode: ContractStore.Mode) throws -> ContractStore {
        try ContractStore(StoreLocation(db), mode: mode)
    }
}
