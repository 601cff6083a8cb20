import Foundation
internal import PostgresNIO

/// The PostgreSQL store, through postgres-nio; the only file that sees it. One connection per
/// process; `write` is `BEGIN … COMMIT` (rolled back on any error), and writers of one document
/// are serialized by a transaction-scoped advisory lock on its sha256, so many batch processes
/// on many machines can write one database at once. TLS follows libpq's `sslmode`: `prefer`
/// (default) and `require` encrypt without verifying the certificate; `disable` never.
final class PostgresBackend: StoreBackend {
    let dialect = SQLDialect.postgres
    private let connection: PostgresConnection
    private let logger: Logger
    private let address: StoreLocation.PostgresAddress
    private var closed = false

    init(address: StoreLocation.PostgresAddress) throws {
        self.address = address
        var logger = Logger(label: "contract-extract.store")
        logger.logLevel = .critical
        self.logger = logger
        do {
            var tlsConfiguration = TLSConfiguration.makeClientConfiguration()
            tlsConfiguration.certificateVerification = .none
            let tls: PostgresConnection.Configuration.TLS = switch address.tls {
            case .disable: .disable
            case .prefer: .prefer(try NIOSSLContext(configuration: tlsConfiguration))
            case .require: .require(try NIOSSLContext(configuration: tlsConfiguration))
            }
            var configuration = PostgresConnection.Configuration(host: address.host, port: address.port, username: address.user,
                                                                 password: address.password, database: address.database, tls: tls)
            configuration.options.connectTimeout = .seconds(10)
            let config = configuration, log = logger
            connection = try Blocking.run { try await PostgresConnection.connect(configuration: config, id: 1, logger: log) }
        } catch {
            throw StoreError(.unavailable, store: address.shown, reason: Self.reason(error, address: address))
        }
    }

    /// One line for a postgres-nio error: the server's own message (`password authentication
    /// failed for user "x"`, `database "x" does not exist`) or why the connection failed.
    static func reason(_ error: Error, address: StoreLocation.PostgresAddress) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        if let message = error.serverInfo?[.message] {
            let state = error.serverInfo?[.sqlState].map { " [\($0)]" } ?? ""
            return "PostgreSQL: \(message)\(state)"
        }
        switch error.code {
        case .connectionError:
            let cause = error.underlying.map { "\($0)" } ?? "unknown"
            let short = cause.contains("refused") ? "connection refused" : cause.contains("timed out") || cause.contains("Timeout") ? "timed out" : cause
            return "cannot connect to the PostgreSQL server at \(address.host):\(address.port) (\(short))"
        case .serverClosedConnection, .uncleanShutdown:
            return "the PostgreSQL server closed the connection"
        case .sslUnsupported:
            return "the PostgreSQL server does not offer TLS (sslmode=require)"
        default:
            return "PostgreSQL: \(error.code)"
        }
    }

    func write<T>(_ body: (StoreSession) throws -> T) throws -> T {
        let session = Session(connection: connection, logger: logger, address: address)
        try session.execute("BEGIN", [])
        do {
            let result = try body(session)
            try session.execute("COMMIT", [])
            return result
        } catch {
            try? session.execute("ROLLBACK", [])
            throw error
        }
    }

    func read<T>(_ body: (StoreSession) throws -> T) throws -> T {
        try body(Session(connection: connection, logger: logger, address: address))
    }

    func lockDocument(_ sha256: String, in session: StoreSession) throws {
        try session.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [.text(sha256)])
    }

    func close() {
        guard !closed else { return }
        closed = true
        let connection = connection
        try? Blocking.run { try await connection.close() }
    }

    private struct Session: StoreSession {
        let connection: PostgresConnection
        let logger: Logger
        let address: StoreLocation.PostgresAddress

        func execute(_ sql: String, _ values: [StoreValue]) throws {
            _ = try rows(sql, values)
        }

        func rows(_ sql: String, _ values: [StoreValue]) throws -> [[String?]] {
            var binds = PostgresBindings(capacity: values.count)
            for value in values {
                switch value {
                case .null: binds.appendNull()
                case .int(let n): binds.append(n)
                case .text(let s): binds.append(s)
                }
            }
            let query = PostgresQuery(unsafeSQL: SQLDialect.postgres.placeholders(sql), binds: binds)
            let connection = connection, logger = logger
            do {
                return try Blocking.run {
                    var out: [[String?]] = []
                    for try await row in try await connection.query(query, logger: logger) {
                        out.append(row.map(Self.text))
                    }
                    return out
                }
            } catch {
                throw StoreError(.unavailable, store: address.shown, reason: PostgresBackend.reason(error, address: address))
            }
        }

        /// A cell as text: integers in decimal, JSONB as its JSON text, NULL (and void) as nil.
        static func text(_ cell: PostgresCell) -> String? {
            guard var bytes = cell.bytes else { return nil }
            switch cell.dataType {
            case .int8: return (try? cell.decode(Int64.self)).map { String($0) }
            case .int4: return (try? cell.decode(Int32.self)).map { String($0) }
            case .int2: return (try? cell.decode(Int16.self)).map { String($0) }
            case .bool: return (try? cell.decode(Bool.self)).map { $0 ? "1" : "0" }
            case .jsonb where cell.format == .binary:
                _ = bytes.readInteger(as: UInt8.self)  // the binary format's version byte
                return bytes.readString(length: bytes.readableBytes)
            case .void: return nil
            default: return (try? cell.decode(String.self)) ?? bytes.readString(length: bytes.readableBytes)
            }
        }
    }
}
