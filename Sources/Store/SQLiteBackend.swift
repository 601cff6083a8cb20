import Foundation
internal import GRDB

/// The SQLite store, through GRDB; the only file that sees GRDB. Written in WAL mode
/// (`DatabasePool`): one writer at a time (`BEGIN IMMEDIATE`; another process waits up to a
/// minute), readers never blocked. `synchronous = NORMAL`: a crash of the process loses nothing
/// committed; a power loss may lose the last transactions, never consistency (a rerun of the
/// batch puts them back).
final class SQLiteBackend: StoreBackend {
    let dialect = SQLDialect.sqlite
    private let path: String
    private let writer: DatabasePool?
    private let reader: DatabaseQueue?

    init(path: String, mode: ContractStore.Mode) throws {
        self.path = path
        let fm = FileManager.default
        let parent = (path as NSString).deletingLastPathComponent
        let directory = parent.isEmpty ? "." : parent
        var config = Configuration()
        config.busyMode = .timeout(60)
        config.label = "contract-extract store"
        do {
            switch mode {
            case .read:
                guard fm.fileExists(atPath: path) else { throw StoreError(.missing, store: path, reason: "no such store") }
                config.readonly = true
                reader = try DatabaseQueue(path: path, configuration: config)
                writer = nil
            case .write:
                guard fm.fileExists(atPath: directory) else { throw StoreError(.unavailable, store: path, reason: "cannot create the store (no such directory: \(directory))") }
                if fm.fileExists(atPath: path) ? access(path, W_OK) != 0 : access(directory, W_OK) != 0 {
                    throw StoreError(.unavailable, store: path, reason: "cannot write the store (\(String(cString: strerror(errno))))")
                }
                if fm.fileExists(atPath: path), access(directory, W_OK) != 0 {
                    throw StoreError(.unavailable, store: path, reason: "cannot write the store: its directory is not writable (SQLite needs its -wal file there)")
                }
                config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
                writer = try DatabasePool(path: path, configuration: config)
                reader = nil
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError(.unavailable, store: path, reason: Self.reason(error))
        }
    }

    static func reason(_ error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_NOTADB: "not a SQLite database"
        case .SQLITE_READONLY: "cannot write the store (read-only)"
        case .SQLITE_CANTOPEN: "cannot open the store (\(error.message ?? "permission denied?"))"
        default: "SQLite: \(error.message ?? "\(error)")"
        }
    }

    func write<T>(_ body: (StoreSession) throws -> T) throws -> T {
        guard let writer else { throw StoreError(.unavailable, store: path, reason: "opened for reading") }
        return try translate {
            try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(Session(db: db))
                    return .commit
                }
                return result!
            }
        }
    }

    func read<T>(_ body: (StoreSession) throws -> T) throws -> T {
        try translate {
            if let reader { return try reader.read { try body(Session(db: $0)) } }
            return try writer!.read { try body(Session(db: $0)) }
        }
    }

    private func translate<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError {
            throw StoreError(.unavailable, store: path, reason: Self.reason(error))
        }
    }

    func lockDocument(_ sha256: String, in session: StoreSession) throws {}

    func close() {
        try? writer?.close()
        try? reader?.close()
    }

    private struct Session: StoreSession {
        let db: Database

        func execute(_ sql: String, _ values: [StoreValue]) throws {
            try db.execute(sql: sql, arguments: Self.arguments(values))
        }

        func rows(_ sql: String, _ values: [StoreValue]) throws -> [[String?]] {
            try Row.fetchAll(db, sql: sql, arguments: Self.arguments(values)).map { row in
                row.databaseValues.map { value in
                    switch value.storage {
                    case .null: nil
                    case .int64(let n): String(n)
                    case .double(let d): String(d)
                    case .string(let s): s
                    case .blob(let b): String(decoding: b, as: UTF8.self)
                    }
                }
            }
        }

        static func arguments(_ values: [StoreValue]) -> StatementArguments {
            StatementArguments(values.map { value -> DatabaseValue in
                switch value {
                case .null: .null
                case .int(let n): n.databaseValue
                case .text(let s): s.databaseValue
                }
            })
        }
    }
}
