import Foundation

/// What `search` looks for; every filter given must hold (AND). Substrings (`text`, `party`)
/// ignore ASCII case; dates are ISO `yyyy-MM-dd`, inclusive; totals are decimal yuan, inclusive.
public struct SearchQuery: Sendable, Equatable {
    /// A substring of some article's text (any length; three characters or more use the index).
    public var text: String?
    public var party: String?
    /// A party role (`甲方`, `乙方` …); with `party`, that party must have this role.
    public var role: String?
    public var minTotal: String?
    public var maxTotal: String?
    /// Some amount the agreement states (not only its total) lies in this range.
    public var minAmount: String?
    public var maxAmount: String?
    public var signed: ClosedDateRange = .init()
    public var effective: ClosedDateRange = .init()
    public var expires: ClosedDateRange = .init()
    /// A diagnostic code the document has (`amount-mismatch` …).
    public var diagnostic: String?
    /// `native`, `ocr` or `mixed` (the document's `source.textLayer`).
    public var textLayer: String?
    /// `pdf`, `docx`, `html` or `text`.
    public var format: String?
    public var limit: Int?

    public init() {}

    public struct ClosedDateRange: Sendable, Equatable {
        public var from: String?
        public var to: String?
        public init(from: String? = nil, to: String? = nil) {
            self.from = from
            self.to = to
        }
    }
}

/// One agreement found: where it is (file, sha256, 1-based agreement), and what a reader
/// checks first. Values the record does not state are nil.
public struct SearchHit: Codable, Sendable, Equatable {
    public var file: String
    public var sha256: String
    public var agreement: Int
    public var title: String?
    public var contractNumber: String?
    public var parties: [String]
    public var total: String?
    public var currency: String?
    public var signed: String?
    public var effective: String?
    public var expires: String?
    public var format: String
    public var textLayer: String?
}

extension ContractStore {
    /// Agreements matching every filter of `query`, by file name then agreement number.
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        let (sql, values) = try Self.searchSQL(query, dialect: dialect)
        return try wrap {
            try backend.read { s in
                try s.rows(sql, values).map { r in
                    SearchHit(file: r[0] ?? "", sha256: r[1] ?? "", agreement: r[2].flatMap { Int($0) } ?? 0, title: r[3], contractNumber: r[4],
                              parties: (r[5] ?? "").split(separator: "\u{1F}").map(String.init), total: r[6], currency: r[7],
                              signed: r[8], effective: r[9], expires: r[10], format: r[11] ?? "", textLayer: r[12])
                }
            }
        }
    }

    /// `%text%` for LIKE with `\` as the escape character.
    static func likePattern(_ text: String) -> String {
        "%" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
    }

    static func searchSQL(_ q: SearchQuery, dialect d: SQLDialect) throws -> (String, [StoreValue]) {
        var clauses: [String] = [], values: [StoreValue] = []
        let partyNames = d == .sqlite
            ? "(SELECT group_concat(name, char(31)) FROM (SELECT name FROM parties p WHERE p.sha256 = a.sha256 AND p.agreement = a.agreement AND p.name IS NOT NULL ORDER BY p.party))"
            : "(SELECT string_agg(name, chr(31) ORDER BY party) FROM parties p WHERE p.sha256 = a.sha256 AND p.agreement = a.agreement AND p.name IS NOT NULL)"
        if q.party != nil || q.role != nil {
            var inner = "SELECT 1 FROM parties p WHERE p.sha256 = a.sha256 AND p.agreement = a.agreement"
            if let party = q.party {
                inner += " AND p.name \(d.like) ? ESCAPE '\\'"
                values.append(.text(likePattern(party)))
            }
            if let role = q.role {
                inner += " AND p.role = ?"
                values.append(.text(role))
            }
            clauses.append("EXISTS (\(inner))")
        }
        for (bound, op) in [(q.minTotal, ">="), (q.maxTotal, "<=")] {
            guard let bound else { continue }
            guard let cents = RecordRows.cents(bound) else { throw SearchError("total \(bound): not a decimal amount") }
            clauses.append("a.total_cents \(op) ?")
            values.append(.int(cents))
        }
        if q.minAmount != nil || q.maxAmount != nil {
            var inner = "SELECT 1 FROM amounts m WHERE m.sha256 = a.sha256 AND m.agreement = a.agreement"
            for (bound, op) in [(q.minAmount, ">="), (q.maxAmount, "<=")] {
                guard let bound else { continue }
                guard let cents = RecordRows.cents(bound) else { throw SearchError("amount \(bound): not a decimal amount") }
                inner += " AND m.cents \(op) ?"
                values.append(.int(cents))
            }
            clauses.append("EXISTS (\(inner))")
        }
        for (column, range) in [("signed", q.signed), ("effective", q.effective), ("expires", q.expires)] {
            if let from = range.from {
                clauses.append("a.\(column) >= ?")
                values.append(.text(from))
            }
            if let to = range.to {
                clauses.append("a.\(column) <= ?")
                values.append(.text(to))
            }
        }
        if let code = q.diagnostic {
            // IN, not a correlated EXISTS: SQLite read the code's index once per agreement
            // (3.4 s on 10,000 agreements); the IN list is built once (18 ms).
            clauses.append("a.sha256 IN (SELECT sha256 FROM diagnostics g WHERE g.code = ?)")
            values.append(.text(code))
        }
        if let layer = q.textLayer {
            clauses.append("d.text_layer = ?")
            values.append(.text(layer))
        }
        if let format = q.format {
            clauses.append("d.format = ?")
            values.append(.text(format))
        }
        if let text = q.text, !text.isEmpty {
            if d == .sqlite && text.unicodeScalars.count >= 3 {
                // FTS5 trigram index: a quoted phrase matches the substring anywhere.
                clauses.append("(a.sha256, a.agreement) IN (SELECT sha256, agreement FROM articles_fts WHERE articles_fts MATCH ?)")
                values.append(.text("\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""))
            } else {
                // PostgreSQL: pg_trgm's GIN index serves LIKE/ILIKE. Under three characters no
                // trigram exists, so both databases scan the article text.
                clauses.append("(a.sha256, a.agreement) IN (SELECT sha256, agreement FROM articles WHERE text \(d.like) ? ESCAPE '\\')")
                values.append(.text(likePattern(text)))
            }
        }
        var sql = """
            SELECT (SELECT min(file_name) FROM document_names n WHERE n.sha256 = a.sha256) AS file, a.sha256, a.agreement, a.title, \
            a.contract_number, \(partyNames), a.total_value, a.total_currency, a.signed, a.effective, a.expires, d.format, d.text_layer \
            FROM agreements a JOIN documents d ON d.sha256 = a.sha256
            """
        if !clauses.isEmpty { sql += " WHERE " + clauses.joined(separator: " AND ") }
        sql += " ORDER BY file, a.sha256, a.agreement"
        if let limit = q.limit {
            sql += " LIMIT ?"
            values.append(.int(limit))
        }
        return (sql, values)
    }
}

/// A search filter that cannot be used (a total that is not a number): a usage error.
public struct SearchError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ description: String) { self.description = description }
}
