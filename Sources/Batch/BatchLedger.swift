import Extractor
import Foundation

/// What is already done, so a rerun after a crash (even `kill -9`) or a full disk skips finished
/// inputs, redoes unfinished ones and never writes a record twice. It holds the output's lock
/// (`OutputLock`) from before it reads the output until the batch ends.
/// - `--out DIR`: records are written durably by the workers; the journal (`.batch-journal`, or
///   `.batch-journal.K-of-N` for a shard) lists `sha256 name` after each. An input is done when a
///   journal names it and the file is there — or, for a crash between rename and journal, when
///   the file's own `source.sha256` is the input's.
/// - `--ndjson FILE`: the file is its own journal, written in whole, `fdatasync`'d lines. On
///   resume every line is checked: a torn last line is cut off, a corrupt line elsewhere is moved
///   to `FILE.quarantine`, and each is reported (`notices`); the records left are done.
final class BatchLedger: @unchecked Sendable {
    private let destination: BatchOptions.Destination
    private let lock = NSLock()
    private var done: [String: Int] = [:]
    private var recorded: Set<[UInt8]> = []
    private var sink: LineFile?
    private var locks: [OutputLock] = []
    /// What the ledger found and repaired on opening, for the user.
    private(set) var notices: [String] = []

    init(destination: BatchOptions.Destination, force: Bool, shard: Shard? = nil, onWait: (String) -> Void = { _ in }) throws {
        self.destination = destination
        switch destination {
        case .directory(let dir):
            do {
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            } catch {
                throw LedgerError.unwritable(dir.path)
            }
            if let shard {
                locks.append(try OutputLock(path: dir.appendingPathComponent(".batch-lock").path, exclusive: false, onWait: onWait))
                locks.append(try OutputLock(path: dir.appendingPathComponent(".batch-lock.\(shard.label)").path, exclusive: true, onWait: onWait))
            } else {
                locks.append(try OutputLock(path: dir.appendingPathComponent(".batch-lock").path, exclusive: true, onWait: onWait))
            }
            Self.removeStaleTemporaries(dir)
            let journal = dir.appendingPathComponent(shard.map { ".batch-journal.\($0.label)" } ?? ".batch-journal")
            if force { try? FileManager.default.removeItem(at: journal) }
            let journals = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasPrefix(".batch-journal") }
            for name in force ? [] : journals {
                for line in (try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8))?.split(separator: "\n") ?? [] {
                    let parts = line.split(separator: " ", maxSplits: 1)
                    if parts.count == 2,
                       FileManager.default.fileExists(atPath: dir.appendingPathComponent(String(parts[1])).path) {
                        done["\(parts[0]) \(parts[1])"] = 1
                    }
                }
            }
            sink = try LineFile(path: journal.path, durable: false)
        case .ndjson(let file):
            guard FileManager.default.fileExists(atPath: file.deletingLastPathComponent().path) else { throw LedgerError.unwritable(file.path) }
            locks.append(try OutputLock(path: file.path + ".lock", exclusive: true, onWait: onWait))
            if force { try? FileManager.default.removeItem(at: file) }
            if FileManager.default.fileExists(atPath: file.path) {
                for key in try check(file) { done[key, default: 0] += 1 }
            }
            sink = try LineFile(path: file.path, durable: true)
        }
    }

    /// Temporary files (`.ce-<pid>-<n>@<host>.tmp`) left by workers of this machine killed
    /// mid-write: removed when their worker has ended (`ProcessLiveness`, which counts an unreaped
    /// zombie as ended). A shard running beside this batch keeps its
    /// live ones, and those of other machines sharing the directory are never touched.
    static func removeStaleTemporaries(_ dir: URL) {
        guard let walker = FileManager.default.enumerator(atPath: dir.path) else { return }
        while let path = walker.nextObject() as? String {
            let name = (path as NSString).lastPathComponent
            guard name.hasPrefix(".ce-"), name.hasSuffix("@\(AtomicFile.host).tmp"), let pid = name.dropFirst(4).split(separator: "-").first.flatMap({ Int32($0) }) else { continue }
            if ProcessLiveness.hasEnded(pid) { try? FileManager.default.removeItem(atPath: dir.appendingPathComponent(path).path) }
        }
    }

    /// Reads every line of an NDJSON output: keys of the whole records; a torn tail cut off; corrupt
    /// lines moved to the quarantine file.
    private func check(_ file: URL) throws -> [String] {
        let data = try Data(contentsOf: file, options: .alwaysMapped)
        var keys: [String] = []
        var good = Data(), bad: [Data] = []
        var cursor = data.startIndex
        let decoder = JSONDecoder()
        while cursor < data.endIndex, let newline = data[cursor...].firstIndex(of: 0x0A) {
            let line = data[cursor..<newline]
            if let key = try? decoder.decode(RecordKey.self, from: line) {
                keys.append(key.text)
                if !bad.isEmpty { good.append(data[cursor...newline]) }
            } else {
                if bad.isEmpty { good = Data(data[data.startIndex..<cursor]) }
                bad.append(Data(line))
            }
            cursor = newline + 1
        }
        let tail = data.endIndex - cursor
        if !bad.isEmpty {
            let quarantine = try LineFile(path: file.path + ".quarantine", durable: true)
            for line in bad { try quarantine.append(line + Data([0x0A])) }
            try DurableFile.write(good, to: file.path)
            notices.append("\(file.path): moved \(bad.count) corrupt line(s) to \(quarantine.path); their inputs are converted again")
        }
        if tail > 0 {
            if bad.isEmpty {
                guard truncate(file.path, off_t(cursor - data.startIndex)) == 0 else { throw WriteFailure(path: file.path, code: errno) }
            }
            notices.append("\(file.path): cut off a torn last line (\(tail) bytes, from a run that was stopped); its input is converted again")
        }
        return keys
    }

    /// A record's identity in `--ndjson`: digest and base name (the same bytes under two names
    /// are two records; the same bytes under one name in two folders are counted twice).
    private struct RecordKey: Decodable {
        struct Source: Decodable { var sha256: String; var fileName: String; var fileNameBytes: String? }
        var source: Source
        var text: String { "\(source.sha256) \(source.fileNameBytes ?? source.fileName)" }
    }

    private func key(_ input: BatchInput) -> String {
        switch destination {
        case .directory: "\(input.sha256) \(input.outputName)"
        case .ndjson: "\(input.sha256) \(input.fileNameHex ?? input.fileName)"
        }
    }

    /// Whether the input is already done; in `--ndjson` mode each record found counts for one input.
    func isDone(_ input: BatchInput) -> Bool {
        let key = key(input)
        let found = lock.withLock { () -> Bool in
            guard let n = done[key], n > 0 else { return false }
            if case .ndjson = destination { done[key] = n - 1 }
            return true
        }
        if found { return true }
        // `--out`: renamed into place, killed before the journal line.
        if case .directory(let dir) = destination,
           let data = try? Data(contentsOf: dir.appendingPathComponent(input.outputName)),
           let existing = try? JSONDecoder().decode(RecordKey.self, from: data), existing.source.sha256 == input.sha256 {
            try? record(input, line: nil)
            return true
        }
        return false
    }

    /// Marks an input done: the journal line (`--out`, after the worker's durable write) or the
    /// record line itself (`--ndjson`), once per input. Throws `WriteFailure` when the record line
    /// could not be written whole and synced (the file is left as it was).
    func record(_ input: BatchInput, line: Data?) throws {
        try lock.withLock {
            guard !recorded.contains(input.pathBytes) else { return }
            switch destination {
            case .directory:
                // The journal only saves rereading records: losing a line loses nothing.
                try? sink?.append(Data("\(input.sha256) \(input.outputName)\n".utf8))
            case .ndjson:
                var text = line ?? Data()
                text.append(0x0A)
                try sink?.append(text, label: input.path)
            }
            recorded.insert(input.pathBytes)
        }
    }

    enum LedgerError: Error, CustomStringConvertible {
        case unwritable(String)
        var description: String {
            switch self { case .unwritable(let path): "\(path): cannot write output (permission denied or no such directory)" }
        }
    }
}
