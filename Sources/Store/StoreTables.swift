/// The store's tables, described once and turned into each database's DDL, so SQLite and
/// PostgreSQL hold the same columns (docs/store.md). Every row is owned by one document
/// (`sha256`); replacing a document deletes its rows in every table and inserts the new ones.
struct StoreTable: Sendable {
    enum Kind: Sendable { case text, int, json }
    var name: String
    var columns: [(name: String, kind: Kind)]
    var key: [String]

    var columnNames: [String] { columns.map(\.name) }
}

enum StoreTables {
    static let documents = StoreTable(name: "documents", columns: [
        ("sha256", .text), ("format", .text), ("pages", .int), ("text_layer", .text), ("encoding", .text),
        ("extractor_version", .text), ("schema_version", .text), ("agreements", .int), ("diagnostics", .int),
        ("ingested_at", .text), ("record", .json),
    ], key: ["sha256"])
    static let names = StoreTable(name: "document_names", columns: [("sha256", .text), ("file_name", .text)],
                                  key: ["sha256", "file_name"])
    static let agreements = StoreTable(name: "agreements", columns: [
        ("sha256", .text), ("agreement", .int), ("kind", .text), ("title", .text), ("contract_number", .text),
        ("total_value", .text), ("total_cents", .int), ("total_currency", .text),
        ("signed", .text), ("effective", .text), ("expires", .text),
        ("term_text", .text), ("term_months", .int), ("auto_renewal", .int),
        ("dispute_method", .text), ("dispute_venue", .text), ("copies_total", .int), ("page", .int),
    ], key: ["sha256", "agreement"])
    static let parties = StoreTable(name: "parties", columns: [
        ("sha256", .text), ("agreement", .int), ("party", .int), ("role", .text), ("name", .text),
        ("legal_representative", .text), ("contact", .text), ("address", .text), ("phone", .text), ("fax", .text),
        ("email", .text), ("postal_code", .text), ("credit_code", .text), ("page", .int),
    ], key: ["sha256", "agreement", "party"])
    static let accounts = StoreTable(name: "accounts", columns: [
        ("sha256", .text), ("agreement", .int), ("party", .int), ("account", .int), ("account_name", .text),
        ("account_number", .text), ("bank", .text), ("bank_code", .text),
    ], key: ["sha256", "agreement", "party", "account"])
    static let amounts = StoreTable(name: "amounts", columns: [
        ("sha256", .text), ("agreement", .int), ("amount", .int), ("value", .text), ("cents", .int), ("currency", .text),
        ("text", .text), ("uppercase", .text), ("consistent", .int), ("page", .int),
    ], key: ["sha256", "agreement", "amount"])
    static let dates = StoreTable(name: "dates", columns: [
        ("sha256", .text), ("agreement", .int), ("kind", .text), ("value", .text),
    ], key: ["sha256", "agreement", "kind"])
    static let articles = StoreTable(name: "articles", columns: [
        ("sha256", .text), ("agreement", .int), ("article", .int), ("path", .text), ("label", .text), ("level", .int),
        ("heading", .text), ("text", .text), ("span_start", .int), ("span_end", .int), ("page", .int),
    ], key: ["sha256", "agreement", "article"])
    static let fields = StoreTable(name: "fields", columns: [
        ("sha256", .text), ("agreement", .int), ("field", .int), ("style", .text), ("value", .text), ("blank", .int),
        ("label", .text), ("article", .text), ("checked", .int), ("page", .int),
    ], key: ["sha256", "agreement", "field"])
    static let diagnostics = StoreTable(name: "diagnostics", columns: [
        ("sha256", .text), ("diagnostic", .int), ("severity", .text), ("code", .text), ("message", .text), ("page", .int),
    ], key: ["sha256", "diagnostic"])

    /// A reviewer's verdicts (store schema 2), numbered per document in the order made; not in
    /// `all`: replacing a document's rows keeps them.
    static let reviews = StoreTable(name: "reviews", columns: [
        ("sha256", .text), ("review", .int), ("agreement", .int), ("path", .text), ("status", .text), ("extracted", .text),
        ("corrected", .text), ("page", .int), ("bbox", .text), ("reviewer", .text), ("reviewed_at", .text),
    ], key: ["sha256", "review"])

    /// Every table, parents first (inserts in this order, deletes in reverse).
    static let all = [documents, names, agreements, parties, accounts, amounts, dates, articles, fields, diagnostics]

    /// Columns left out of dumps: when the store wrote a row, not what it holds.
    static let volatileColumns: Set<String> = ["ingested_at"]
}
