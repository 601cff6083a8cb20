import Foundation
internal import CSV
import Schema

/// The four CSV files of `export --csv` for people who work in spreadsheets: `contracts.csv`
/// (one row per agreement), `parties.csv`, `amounts.csv`, `diagnostics.csv`. Each is UTF-8 with
/// a byte-order mark (so spreadsheet programs show Chinese), CRLF line ends, RFC 4180 quoting
/// by CSV.swift's writer; empty cells for values the record does not state; booleans `true` /
/// `false`. Rows follow the records in the order they are added.
public struct SpreadsheetExport {
    public static let files = ["contracts.csv", "parties.csv", "amounts.csv", "diagnostics.csv"]

    static let headers: [String: [String]] = [
        "contracts.csv": ["file", "sha256", "agreement", "kind", "title", "number", "parties", "total", "currency", "signed", "effective",
                          "expires", "term", "term_months", "dispute", "dispute_venue", "diagnostics"],
        "parties.csv": ["file", "sha256", "agreement", "party", "role", "name", "legal_representative", "contact", "phone", "email",
                        "address", "credit_code", "bank_accounts"],
        "amounts.csv": ["file", "sha256", "agreement", "amount", "value", "currency", "text", "uppercase", "consistent", "page"],
        "diagnostics.csv": ["file", "sha256", "diagnostic", "severity", "code", "message", "page"],
    ]

    private var rows: [String: [[String]]] = [:]
    public private(set) var records = 0

    public init() {}

    public mutating func add(_ record: ExtractionResult) {
        records += 1
        let file = record.source.fileName, sha = record.source.sha256
        for (i, c) in record.contracts.enumerated() {
            let n = String(i + 1)
            rows["contracts.csv", default: []].append([
                file, sha, n, c.kind.rawValue, c.title ?? "", c.contractNumber ?? "",
                c.parties.map { "\($0.role)：\($0.name ?? "")" }.joined(separator: "；"),
                c.totalAmount?.value ?? "", c.totalAmount?.currency ?? "", c.dates.signed ?? "", c.dates.effective ?? "",
                c.dates.expires ?? "", c.term.text ?? "", c.term.months.map(String.init) ?? "",
                c.disputeResolution.method?.rawValue ?? "", c.disputeResolution.venue ?? "", String(record.diagnostics.count),
            ])
            for (j, p) in c.parties.enumerated() {
                let accounts = p.bankAccounts.map { [$0.bank, $0.accountNumber].compactMap { $0 }.joined(separator: " ") }
                rows["parties.csv", default: []].append([
                    file, sha, n, String(j + 1), p.role, p.name ?? "", p.legalRepresentative ?? "", p.contact ?? "", p.phone ?? "",
                    p.email ?? "", p.address ?? "", p.creditCode ?? "", accounts.joined(separator: "；"),
                ])
            }
            for (j, a) in c.amounts.enumerated() {
                rows["amounts.csv", default: []].append([
                    file, sha, n, String(j + 1), a.value, a.currency, a.text, a.uppercase ?? "", a.consistent.map { $0 ? "true" : "false" } ?? "",
                    a.location?.page.map(String.init) ?? "",
                ])
            }
        }
        for (i, d) in record.diagnostics.enumerated() {
            rows["diagnostics.csv", default: []].append([
                file, sha, String(i + 1), d.severity.rawValue, d.code, d.message, d.location?.page.map(String.init) ?? "",
            ])
        }
    }

    /// The bytes of one of `files`.
    public func csv(_ name: String) throws -> Data {
        try Self.encode(header: Self.headers[name] ?? [], rows: rows[name] ?? [], bom: true)
    }

    /// Rows as CSV text (header first), with a UTF-8 BOM when `bom`; used by `search --csv` too.
    public static func encode(header: [String], rows: [[String]], bom: Bool) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        if bom {
            let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
            _ = stream.write(mark, maxLength: mark.count)
        }
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header)
        for row in rows { try writer.write(row: row) }
        _ = stream.write([0x0D, 0x0A], maxLength: 2)
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        stream.close()
        return data
    }
}
