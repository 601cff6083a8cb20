import Foundation

/// Where `--db` points: a SQLite file (any path) or a PostgreSQL server
/// (`postgres://user[:password]@host[:port]/database[?sslmode=disable|prefer|require]`,
/// `postgresql://` too). `shown` is the location with any password masked, for messages.
public enum StoreLocation: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(PostgresAddress)

    public struct PostgresAddress: Sendable, Equatable {
        public enum TLSMode: String, Sendable { case disable, prefer, require }
        public var user: String
        public var password: String?
        public var host: String
        public var port: Int
        public var database: String
        public var tls: TLSMode

        public init(user: String, password: String?, host: String, port: Int, database: String, tls: TLSMode) {
            self.user = user
            self.password = password
            self.host = host
            self.port = port
            self.database = database
            self.tls = tls
        }

        public var shown: String {
            "postgres://\(user)\(password == nil ? "" : ":***")@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)"
        }
    }

    public init(_ text: String) throws {
        let lower = text.lowercased()
        guard lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") else {
            guard !text.isEmpty, !lower.contains("://") else {
                throw StoreError(.badLocation, store: text, reason: "not a store: give a SQLite file path or postgres://user@host:port/database")
            }
            self = .sqlite(path: text)
            return
        }
        let bad = { (why: String) in StoreError(.badLocation, store: Self.masked(text), reason: "bad PostgreSQL URL: \(why) (postgres://user[:password]@host[:port]/database)") }
        guard let url = URLComponents(string: text) else { throw bad("not a URL") }
        guard let host = url.host, !host.isEmpty else { throw bad("no host") }
        guard let user = url.user, !user.isEmpty else { throw bad("no user name") }
        let database = String(url.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else { throw bad("no database name") }
        if url.port != nil, !(1...65535).contains(url.port!) { throw bad("port out of range") }
        var tls = PostgresAddress.TLSMode.prefer
        for item in url.queryItems ?? [] {
            guard item.name == "sslmode", let mode = item.value.flatMap(PostgresAddress.TLSMode.init(rawValue:)) else {
                throw bad("unknown parameter \(item.name)=\(item.value ?? ""); only sslmode=disable|prefer|require")
            }
            tls = mode
        }
        self = .postgres(PostgresAddress(user: url.percentEncodedUser?.removingPercentEncoding ?? user,
                                         password: url.percentEncodedPassword?.removingPercentEncoding,
                                         host: host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")),
                                         port: url.port ?? 5432, database: database.removingPercentEncoding ?? database, tls: tls))
    }

    /// The location for messages: the path, or the URL without its password.
    public var shown: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let address): address.shown
        }
    }

    /// A URL as typed, with the password replaced (for errors about the URL itself).
    static func masked(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://"),
              let colon = text[scheme.upperBound..<at].firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }
}
