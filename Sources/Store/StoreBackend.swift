/// Statements inside one transaction of a backend. Values read come back as text (integers in
/// decimal), NULL as nil.
protocol StoreSession {
    func execute(_ sql: String, _ values: [StoreValue]) throws
    func rows(_ sql: String, _ values: [StoreValue]) throws -> [[String?]]
}

/// One database behind the store: SQLite (`SQLiteBackend`) or PostgreSQL (`PostgresBackend`).
/// `write` runs its body as one transaction that either commits whole or leaves nothing;
/// writers to one document are serialized (SQLite: one writer; PostgreSQL: a lock per
/// document), readers never wait for writers.
protocol StoreBackend: AnyObject {
    var dialect: SQLDialect { get }
    func write<T>(_ body: (StoreSession) throws -> T) throws -> T
    func read<T>(_ body: (StoreSession) throws -> T) throws -> T
    /// Serializes writers of one document (PostgreSQL advisory lock; SQLite has one writer).
    func lockDocument(_ sha256: String, in session: StoreSession) throws
    func close()
}
