import ArgumentParser
import Foundation
import Store

extension ContractExtract {
    /// `contract-extract search --db DB [TEXT] [filters]`: agreements in a store.
    struct SearchCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search", abstract: "Find agreements in a store by article text, party, amount, dates and more.",
            discussion: """
                TEXT is a substring of an article's text (Chinese works: no word splitting). Every filter given \
                must hold. Prints an aligned table (one row per agreement), or --json / --csv. Exit 0 when \
                something matched, 1 when nothing did, 64 usage, 66 no such store file, 69 the store cannot be used.
                """)

        @Option(help: "The store: a SQLite file, or postgres://user@host:port/database.") var db: String
        @Argument(help: "A substring of some article's text.") var text: String?
        @Option(help: "A substring of a party's name.") var party: String?
        @Option(help: "A party role, e.g. 甲方 (with --party: that party's role).") var role: String?
        @Option(help: "Total at least this many yuan (e.g. 10000 or 9999.50).") var minTotal: String?
        @Option(help: "Total at most this many yuan.") var maxTotal: String?
        @Option(help: "Some amount the agreement states is at least this many yuan.") var minAmount: String?
        @Option(help: "Some amount the agreement states is at most this many yuan (with --min-amount: the same amount).") var maxAmount: String?
        @Option(help: "Signed on or after (yyyy-MM-dd).") var signedFrom: String?
        @Option(help: "Signed on or before (yyyy-MM-dd).") var signedTo: String?
        @Option(help: "Effective on or after (yyyy-MM-dd).") var effectiveFrom: String?
        @Option(help: "Effective on or before (yyyy-MM-dd).") var effectiveTo: String?
        @Option(help: "Expires on or after (yyyy-MM-dd).") var expiresFrom: String?
        @Option(help: "Expires on or before (yyyy-MM-dd).") var expiresTo: String?
        @Option(help: "Documents with this diagnostic code, e.g. amount-mismatch.") var diagnostic: String?
        @Option(help: "Documents whose text came from: native, ocr or mixed.") var textLayer: String?
        @Option(help: "Documents of this format: pdf, docx, html or text.") var format: String?
        @Option(help: "At most this many agreements.") var limit: Int?
        @Flag(help: "Print the matches as a JSON array.") var json = false
        @Flag(help: "Print the matches as CSV (header first).") var csv = false

        func validate() throws {
            try StoreIngest.validate(db)
            if json && csv { throw ValidationError("--json and --csv cannot be combined") }
            for (name, value) in [("--signed-from", signedFrom), ("--signed-to", signedTo), ("--effective-from", effectiveFrom),
                                  ("--effective-to", effectiveTo), ("--expires-from", expiresFrom), ("--expires-to", expiresTo)] {
                if let value, value.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil { throw ValidationError("\(name) \(value): not a date (yyyy-MM-dd)") }
            }
            for (name, value) in [("--min-total", minTotal), ("--max-total", maxTotal), ("--min-amount", minAmount), ("--max-amount", maxAmount)] {
                if let value, value.wholeMatch(of: /-?\d+(\.\d{1,2})?/) == nil { throw ValidationError("\(name) \(value): not an amount (e.g. 10000 or 9999.50)") }
            }
            if let textLayer, !["native", "ocr", "mixed"].contains(textLayer) { throw ValidationError("--text-layer must be native, ocr or mixed") }
            if let format, !["pdf", "docx", "html", "text"].contains(format) { throw ValidationError("--format must be pdf, docx, html or text") }
            if let limit, limit < 1 { throw ValidationError("--limit must be positive") }
            if let text, text.isEmpty { throw ValidationError("the search text is empty") }
        }

        var query: SearchQuery {
            var q = SearchQuery()
            q.text = text
            q.party = party
            q.role = role
            q.minTotal = minTotal
            q.maxTotal = maxTotal
            q.minAmount = minAmount
            q.maxAmount = maxAmount
            q.signed = .init(from: signedFrom, to: signedTo)
            q.effective = .init(from: effectiveFrom, to: effectiveTo)
            q.expires = .init(from: expiresFrom, to: expiresTo)
            q.diagnostic = diagnostic
            q.textLayer = textLayer
            q.format = format
            q.limit = limit
            return q
        }

        func run() throws {
            let store = try StoreIngest.open(db, mode: .read)
            defer { store.close() }
            let hits = try store.search(query)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                var data = try encoder.encode(hits)
                data.append(0x0A)
                OutputFile.writeStdout(data)
            } else if csv {
                OutputFile.writeStdout(try SpreadsheetExport.encode(header: HitTable.header, rows: hits.map(HitTable.row), bom: false))
            } else if !hits.isEmpty {
                OutputFile.writeStdout(Data(HitTable.render(hits).utf8))
            }
            if hits.isEmpty {
                if !json && !csv { BatchCommand.say("contract-extract: search: no agreement matched") }
                throw ExitCode(1)
            }
        }
    }
}

/// Search results as a terminal table: one row per agreement, columns aligned by display width
/// (a CJK character takes two columns), long cells cut with `…`, document text made printable.
enum HitTable {
    static let header = ["file", "agreement", "title", "number", "parties", "total", "signed", "effective", "expires", "format", "text_layer", "sha256"]

    static func row(_ h: SearchHit) -> [String] {
        [h.file, String(h.agreement), h.title ?? "", h.contractNumber ?? "", h.parties.joined(separator: "；"), h.total ?? "",
         h.signed ?? "", h.effective ?? "", h.expires ?? "", h.format, h.textLayer ?? "", h.sha256]
    }

    static func render(_ hits: [SearchHit]) -> String {
        let columns = ["file", "#", "title", "number", "parties", "total", "signed", "expires"]
        let limits = [32, 3, 30, 20, 40, 16, 10, 10]
        let rows = hits.map { h in
            [h.file, String(h.agreement), h.title ?? "", h.contractNumber ?? "", h.parties.joined(separator: "；"),
             h.total ?? "", h.signed ?? "", h.expires ?? ""].enumerated().map { cut(RecordSummary.printable($1), limits[$0]) }
        }
        let widths = columns.indices.map { i in ([columns[i]] + rows.map { $0[i] }).map(DisplayWidth.of).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - DisplayWidth.of(cell))
                return i == 5 ? pad + cell : (i == cells.count - 1 ? cell : cell + pad)  // totals right-aligned
            }.joined(separator: "  ")
        }
        return ([line(columns)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// `text` cut to at most `width` columns, ending in `…` when cut.
    static func cut(_ text: String, _ width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var out = "", used = 0
        for scalar in text.unicodeScalars {
            let w = DisplayWidth.isWide(scalar) ? 2 : 1
            if used + w > width - 1 { break }
            out.unicodeScalars.append(scalar)
            used += w
        }
        return out + "…"
    }
}
