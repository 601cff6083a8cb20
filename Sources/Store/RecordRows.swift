import Schema

/// One record as the rows of every store table (`StoreTables`), numbered in record order:
/// agreements from 1, and within an agreement its parties, accounts, amounts, articles (depth
/// first, parents before children) and fields from 1; diagnostics from 1 per document.
struct RecordRows {
    var rows: [(table: StoreTable, values: [[StoreValue]])] = []

    init(record: ExtractionResult, json: String, fileName: String, extractorVersion: String, ingestedAt: String) {
        let sha = StoreValue.text(record.source.sha256)
        let source = record.source
        let pages = source.pageCount ?? (source.pages.isEmpty ? nil : source.pages.count)
        add(StoreTables.documents, [[sha, .text(source.format.rawValue), StoreValue(pages), StoreValue(source.textLayer?.rawValue),
                                     StoreValue(source.encoding), .text(extractorVersion), .text(record.schemaVersion),
                                     .int(record.contracts.count), .int(record.diagnostics.count), .text(ingestedAt), .text(json)]])
        add(StoreTables.names, [[sha, .text(fileName)]])
        var agreements: [[StoreValue]] = [], parties: [[StoreValue]] = [], accounts: [[StoreValue]] = []
        var amounts: [[StoreValue]] = [], dates: [[StoreValue]] = [], articles: [[StoreValue]] = [], fields: [[StoreValue]] = []
        for (i, c) in record.contracts.enumerated() {
            let n = StoreValue.int(i + 1)
            agreements.append([sha, n, .text(c.kind.rawValue), StoreValue(c.title), StoreValue(c.contractNumber),
                               StoreValue(c.totalAmount?.value), StoreValue(c.totalAmount.flatMap { Self.cents($0.value) }),
                               StoreValue(c.totalAmount?.currency),
                               StoreValue(c.dates.signed), StoreValue(c.dates.effective), StoreValue(c.dates.expires),
                               StoreValue(c.term.text), StoreValue(c.term.months), StoreValue(c.term.autoRenewal),
                               StoreValue(c.disputeResolution.method?.rawValue), StoreValue(c.disputeResolution.venue),
                               StoreValue(c.copies.total), StoreValue(c.location?.page)])
            for (j, p) in c.parties.enumerated() {
                parties.append([sha, n, .int(j + 1), .text(p.role), StoreValue(p.name), StoreValue(p.legalRepresentative),
                                StoreValue(p.contact), StoreValue(p.address), StoreValue(p.phone), StoreValue(p.fax),
                                StoreValue(p.email), StoreValue(p.postalCode), StoreValue(p.creditCode), StoreValue(p.location?.page)])
                for (k, a) in p.bankAccounts.enumerated() {
                    accounts.append([sha, n, .int(j + 1), .int(k + 1), StoreValue(a.accountName), StoreValue(a.accountNumber),
                                     StoreValue(a.bank), StoreValue(a.bankCode)])
                }
            }
            for (j, a) in c.amounts.enumerated() {
                amounts.append([sha, n, .int(j + 1), .text(a.value), StoreValue(Self.cents(a.value)), .text(a.currency), .text(a.text),
                                StoreValue(a.uppercase), StoreValue(a.consistent), StoreValue(a.location?.page)])
            }
            for (kind, value) in [("signed", c.dates.signed), ("effective", c.dates.effective), ("expires", c.dates.expires)] {
                if let value { dates.append([sha, n, .text(kind), .text(value)]) }
            }
            var index = 0
            func walk(_ list: [Article]) {
                for a in list {
                    index += 1
                    articles.append([sha, n, .int(index), .text(a.path), .text(a.label), .int(a.level), StoreValue(a.heading),
                                     .text(a.text), StoreValue(a.location?.start), StoreValue(a.location?.end), StoreValue(a.location?.page)])
                    walk(a.children)
                }
            }
            walk(c.articles)
            for (j, f) in c.fields.enumerated() {
                fields.append([sha, n, .int(j + 1), .text(f.style.rawValue), StoreValue(f.value), StoreValue(f.blank),
                               StoreValue(f.label), StoreValue(f.article), StoreValue(f.checked), StoreValue(f.location?.page)])
            }
        }
        add(StoreTables.agreements, agreements)
        add(StoreTables.parties, parties)
        add(StoreTables.accounts, accounts)
        add(StoreTables.amounts, amounts)
        add(StoreTables.dates, dates)
        add(StoreTables.articles, articles)
        add(StoreTables.fields, fields)
        add(StoreTables.diagnostics, record.diagnostics.enumerated().map { i, d in
            [sha, .int(i + 1), .text(d.severity.rawValue), .text(d.code), .text(d.message), StoreValue(d.location?.page)]
        })
    }

    private mutating func add(_ table: StoreTable, _ values: [[StoreValue]]) {
        if !values.isEmpty { rows.append((table, values)) }
    }

    /// A decimal string (`1234.5`, `-3.20`, `100`) as exact cents; nil when it is not one.
    static func cents(_ value: String) -> Int? {
        var text = Substring(value)
        let negative = text.hasPrefix("-")
        if negative { text = text.dropFirst() }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int(parts[0]), parts[0].allSatisfy(\.isASCII) else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.count <= 2, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        fraction += String(repeating: "0", count: 2 - fraction.count)
        let (product, overflow) = whole.multipliedReportingOverflow(by: 100)
        guard !overflow, let f = Int(fraction) else { return nil }
        return (product + f) * (negative ? -1 : 1)
    }
}
