import Foundation
import Schema

/// Records in a database, SQLite or PostgreSQL (docs/store.md). Guarantees:
/// - a document is keyed by its sha256 and written in one transaction: after a crash at any
///   point it is there whole or not at all;
/// - ingesting the same bytes with the same extractor version again changes nothing (a new
///   file name for them is added to `document_names`); a newer extractor version replaces all
///   of the document's rows; an older one is ignored;
/// - a store written by a newer contract-extract (a newer store schema) is refused; nothing in it
///   is changed.
public final class ContractStore {
    public enum Mode: Sendable { case write, read }

    /// What ingesting one record did.
    public enum Outcome: String, Sendable { case inserted, replaced, unchanged, keptNewer }

    public let location: StoreLocation
    let backend: StoreBackend
    var dialect: SQLDialect { backend.dialect }

    /// Opens (`write`: creating or migrating) the store at `location`. Throws `StoreError`.
    public convenience init(_ location: StoreLocation, mode: Mode) throws {
        try self.init(location, mode: mode, checkSchema: true)
    }

    /// `checkSchema: false` (tests) opens without migrating or checking the schema version.
    init(_ location: StoreLocation, mode: Mode, checkSchema: Bool) throws {
        self.location = location
        switch location {
        case .sqlite(let path): backend = try SQLiteBackend(path: path, mode: mode)
        case .postgres(let address): backend = try PostgresBackend(address: address)
        }
        guard checkSchema else { return }
        do {
            try migrate(mode)
        } catch {
            backend.close()
            throw error
        }
    }

    deinit { backend.close() }

    public func close() { backend.close() }

    private func fail(_ error: Error) -> StoreError {
        (error as? StoreError) ?? StoreError(.unavailable, store: location.shown, reason: "\(error)")
    }

    private func migrate(_ mode: Mode) throws {
        let latest = StoreMigrations.latest(dialect)
        let check = { (version: Int) throws in
            if version > latest {
                throw StoreError(.unavailable, store: self.location.shown, reason:
                    "written by a newer contract-extract (store schema \(version); this one knows up to \(latest)); use a newer contract-extract")
            }
        }
        func number(_ rows: [[String?]]) -> Int? {
            guard let row = rows.first, let cell = row.first, let text = cell else { return nil }
            return Int(text)
        }
        func current(_ s: StoreSession) throws -> Int? {
            let exists = try s.rows(dialect == .sqlite
                ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'store_schema'"
                : "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'store_schema'", [])
            guard number(exists) == 1 else { return nil }
            return number(try s.rows("SELECT max(version) FROM store_schema", [])) ?? 0
        }
        if mode == .read {
            let version = try wrap { try backend.read { try current($0) } }
            guard let version else { throw StoreError(.unavailable, store: location.shown, reason: "not a contract-extract store (no store_schema table)") }
            try check(version)
            if version < latest {
                throw StoreError(.unavailable, store: location.shown, reason: "store schema \(version) is older than \(latest); run `contract-extract batch --db` on it once to migrate")
            }
            return
        }
        try wrap {
            try backend.write { s in
                try backend.lockDocument("store_schema", in: s)
                let version = try current(s)
                if version == nil { try s.execute("CREATE TABLE store_schema (version INTEGER NOT NULL)", []) }
                try check(version ?? 0)
                let steps = StoreMigrations.steps(dialect)
                for v in (version ?? 0)..<latest {
                    for sql in steps[v] { try s.execute(sql, []) }
                    try s.execute("DELETE FROM store_schema", [])
                    try s.execute("INSERT INTO store_schema (version) VALUES (?)", [.int(v + 1)])
                }
            }
        }
    }

    /// Runs `body`, turning database errors into one `StoreError` line naming the store.
    func wrap<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw fail(error) }
    }

    /// Stores one record (its JSON as written by the batch) under its sha256; see the type's
    /// guarantees. `fileName` is the name it was seen under.
    @discardableResult
    public func ingest(_ record: ExtractionResult, json: String, extractorVersion: String) throws -> Outcome {
        let sha = record.source.sha256
        let name = record.source.fileName
        return try wrap {
            try backend.write { s in
                try backend.lockDocument(sha, in: s)
                let existing = try s.rows("SELECT extractor_version FROM documents WHERE sha256 = ?", [.text(sha)]).first?.first ?? nil
                let nameSQL = "INSERT INTO document_names (sha256, file_name) VALUES (?, ?) ON CONFLICT DO NOTHING"
                if let existing, ExtractorVersion.compare(existing, extractorVersion) != .orderedAscending {
                    try s.execute(nameSQL, [.text(sha), .text(name)])
                    return existing == extractorVersion ? .unchanged : .keptNewer
                }
                if existing != nil {
                    try delete(sha, in: s)
                }
                let rows = RecordRows(record: record, json: json, fileName: name, extractorVersion: extractorVersion,
                                      ingestedAt: ISO8601DateFormatter().string(from: Date()))
                for (table, values) in rows.rows where Self.documentTables.contains(table.name) { try insert(table, values, in: s) }
                // The searchable rows follow the reviewed record: reviews outlive a re-extraction.
                try insertDerived(ReviewedRecord.applyApplicable(try reviews(sha, in: s), to: record), in: s)
                FaultInjection.documentWritten()
                return existing == nil ? .inserted : .replaced
            }
        }
    }

    private func delete(_ sha: String, in s: StoreSession) throws {
        for table in StoreTables.all.reversed() {
            try s.execute("DELETE FROM \(table.name) WHERE sha256 = ?", [.text(sha)])
        }
        if dialect == .sqlite { try s.execute("DELETE FROM articles_fts WHERE sha256 = ?", [.text(sha)]) }
    }

    func insert(_ table: StoreTable, _ values: [[StoreValue]], in s: StoreSession) throws {
        try insertRows(table.name, columns: table.columnNames, placeholders: table.columns.map { dialect.valuePlaceholder($0.kind) }, values, in: s)
    }

    /// Multi-row INSERTs, 200 rows a statement (fewer round trips, under both parameter limits).
    func insertRows(_ table: String, columns: [String], placeholders: [String], _ values: [[StoreValue]], in s: StoreSession) throws {
        let row = "(" + placeholders.joined(separator: ", ") + ")"
        var start = 0
        while start < values.count {
            let chunk = values[start..<min(start + 200, values.count)]
            let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
                + Array(repeating: row, count: chunk.count).joined(separator: ", ")
            try s.execute(sql, chunk.flatMap { $0 })
            start += chunk.count
        }
    }

    /// Whether the store holds `sha256` from this extractor version or a newer one (nothing to do).
    public func isCurrent(sha256: String, extractorVersion: String) throws -> Bool {
        try wrap {
            try backend.read { s in
                guard let existing = try s.rows("SELECT extractor_version FROM documents WHERE sha256 = ?", [.text(sha256)]).first?.first ?? nil else { return false }
                return ExtractorVersion.compare(existing, extractorVersion) != .orderedAscending
            }
        }
    }

    /// Every stored record, by sha256, `batch` at a time (for export): the reviewed record
    /// (extracted + reviews, `ReviewedRecord`) unless `reviewed` is false.
    public func forEachRecord(batch: Int = 500, reviewed: Bool = true, _ body: (ExtractionResult) throws -> Void) throws {
        var after = ""
        while true {
            let page: [(row: [String?], reviews: [Review])] = try wrap {
                try backend.read { s in
                    try s.rows("SELECT sha256, record FROM documents WHERE sha256 > ? ORDER BY sha256 LIMIT ?", [.text(after), .int(batch)])
                        .map { row in (row, reviewed ? try reviews(row[0] ?? "", in: s) : []) }
                }
            }
            for (row, reviews) in page {
                guard let json = row[1] else { continue }
                let record = try JSONCoding.decode(ExtractionResult.self, from: Data(json.utf8))
                try body(ReviewedRecord.applyApplicable(reviews, to: record))
            }
            guard let last = page.last?.row[0] ?? nil, page.count == batch else { return }
            after = last
        }
    }

    /// Every table's rows in key order as text lines (`table<TAB>value<TAB>…`, NULL as `∅`),
    /// without `ingested_at`: two stores holding the same documents dump the same text.
    public func dump(includeRecord: Bool = true) throws -> String {
        try wrap {
            try backend.read { s in
                var out = ""
                for table in StoreTables.all {
                    let columns = table.columnNames.filter { !StoreTables.volatileColumns.contains($0) && (includeRecord || $0 != "record") }
                    for row in try s.rows("SELECT \(columns.joined(separator: ", ")) FROM \(table.name) ORDER BY \(table.key.joined(separator: ", "))", []) {
                        out += table.name + "\t" + row.map { $0 ?? "∅" }.joined(separator: "\t") + "\n"
                    }
                }
                return out
            }
        }
    }
}

/// Extractor versions (`0.1.0`) compared number by number; a missing number counts as 0.
enum ExtractorVersion {
    static func compare(_ a: String, _ b: String) -> ComparisonResult {
        let x = a.split(separator: ".").map { Int($0) ?? 0 }, y = b.split(separator: ".").map { Int($0) ?? 0 }
        for i in 0..<max(x.count, y.count) {
            let l = i < x.count ? x[i] : 0, r = i < y.count ? y[i] : 0
            if l != r { return l < r ? .orderedAscending : .orderedDescending }
        }
        return .orderedSame
    }
}

/// Tests only: `CONTRACT_EXTRACT_TEST_STORE_KILL=N` kills the process with SIGKILL inside the
/// transaction of the Nth document it writes (rows inserted, not committed), to show that a
/// crash leaves the document out whole and a rerun puts it in.
enum FaultInjection {
    nonisolated(unsafe) private static var written = 0
    private static let killAt = ProcessInfo.processInfo.environment["CONTRACT_EXTRACT_TEST_STORE_KILL"].flatMap { Int($0) }

    static func documentWritten() {
        guard let killAt else { return }
        written += 1
        if written == killAt { kill(getpid(), SIGKILL) }
    }
}
