/// What differs between the two databases in the SQL the store writes: column types,
/// placeholders, case-insensitive LIKE, and the full-text index over article text.
enum SQLDialect: Sendable {
    case sqlite, postgres

    func type(_ kind: StoreTable.Kind) -> String {
        switch (self, kind) {
        case (_, .text): "TEXT"
        case (.sqlite, .int): "INTEGER"
        case (.postgres, .int): "BIGINT"
        case (.sqlite, .json): "TEXT"
        case (.postgres, .json): "JSONB"
        }
    }

    /// `?` placeholders become `$1, $2 …` for PostgreSQL (the store's SQL has no `?` elsewhere).
    func placeholders(_ sql: String) -> String {
        guard self == .postgres else { return sql }
        var out = "", n = 0
        for c in sql {
            if c == "?" {
                n += 1
                out += "$\(n)"
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// The placeholder for a column's value in an INSERT (JSON text is cast to JSONB).
    func valuePlaceholder(_ kind: StoreTable.Kind) -> String {
        self == .postgres && kind == .json ? "?::jsonb" : "?"
    }

    /// Substring match, ignoring ASCII case in both databases (SQLite's LIKE already does).
    var like: String { self == .postgres ? "ILIKE" : "LIKE" }

    func createTable(_ table: StoreTable) -> String {
        let columns = table.columns.map { "\($0.name) \(type($0.kind))" }.joined(separator: ", ")
        return "CREATE TABLE \(table.name) (\(columns), PRIMARY KEY (\(table.key.joined(separator: ", "))))"
    }
}

/// Versioned migrations: `steps[i]` takes a store from version i to i + 1. A store records its
/// version in `store_schema`; one written by a newer contract-extract (a version above
/// `latest`) is refused, never written to.
enum StoreMigrations {
    static func steps(_ dialect: SQLDialect) -> [[String]] {
        [version1(dialect), version2(dialect)]
    }

    static func latest(_ dialect: SQLDialect) -> Int { steps(dialect).count }

    /// Version 1: the tables, the indexes searches use, and the article text index (SQLite:
    /// an FTS5 table with the trigram tokenizer; PostgreSQL: pg_trgm's GIN index).
    private static func version1(_ d: SQLDialect) -> [String] {
        var sql = StoreTables.all.map(d.createTable)
        sql += [
            "CREATE INDEX parties_name ON parties (name)",
            "CREATE INDEX agreements_total ON agreements (total_cents)",
            "CREATE INDEX agreements_expires ON agreements (expires)",
            "CREATE INDEX agreements_signed ON agreements (signed)",
            "CREATE INDEX diagnostics_code ON diagnostics (code)",
        ]
        switch d {
        case .sqlite:
            sql.append("CREATE VIRTUAL TABLE articles_fts USING fts5(text, sha256 UNINDEXED, agreement UNINDEXED, tokenize = 'trigram')")
        case .postgres:
            sql.append("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            sql.append("CREATE INDEX articles_text_trgm ON articles USING gin (text gin_trgm_ops)")
            sql.append("CREATE INDEX parties_name_trgm ON parties USING gin (name gin_trgm_ops)")
        }
        return sql
    }

    /// Version 2: reviews beside the extracted record (issue 15; never deleted when a newer
    /// extractor version replaces the document's rows).
    private static func version2(_ d: SQLDialect) -> [String] {
        [d.createTable(StoreTables.reviews), "CREATE INDEX reviews_status ON reviews (status)"]
    }
}
