import Foundation
import Schema

/// Checks that every value's `location` points at the value's own words in the normalized text:
/// an amount's span reads as its `text`; a field's span holds its value (or is an empty 【】);
/// a party's span names it (its name, else its role); an article's span opens with its label;
/// an attachment's span holds its label; a table's span holds its first cell. Spans are
/// compared after NFKC and without spaces, as identifiers are normalized that way.
public enum ProvenanceCheck {
    public static func problems(in result: ExtractionResult, text: NormalizedText) -> [GoldenDifference] {
        var out: [GoldenDifference] = []
        func check(_ path: String, _ location: Location?, want: String?, opens: Bool = false) {
            guard let want, !want.isEmpty else { return }
            guard let location else {
                out.append(GoldenDifference(path: "\(path).location", expected: "a span holding “\(want)”", actual: "null"))
                return
            }
            let slice = text.slice(location.start..<location.end)
            let (s, w) = (comparable(slice), comparable(want))
            if opens ? !s.hasPrefix(w) : !s.contains(w) {
                out.append(GoldenDifference(path: "\(path).location", expected: "a span holding “\(want)”",
                                            actual: "“\(slice.count > 60 ? String(slice.prefix(59)) + "…" : slice)” (\(location.start)..<\(location.end))"))
            }
        }
        func articles(_ list: [Article], _ path: String) {
            for (i, a) in list.enumerated() {
                check("\(path)[\(i)]", a.location, want: a.label, opens: true)
                articles(a.children, "\(path)[\(i)].children")
            }
        }
        for (c, contract) in result.contracts.enumerated() {
            let p = "contracts[\(c)]"
            check("\(p)", contract.location, want: contract.title)
            for (i, party) in contract.parties.enumerated() { check("\(p).parties[\(i)]", party.location, want: party.name ?? party.role) }
            for (i, field) in contract.fields.enumerated() where !field.blank { check("\(p).fields[\(i)]", field.location, want: field.value) }
            for (i, amount) in contract.amounts.enumerated() { check("\(p).amounts[\(i)]", amount.location, want: amount.text) }
            if let total = contract.totalAmount { check("\(p).totalAmount", total.location, want: total.text) }
            articles(contract.articles, "\(p).articles")
            for (i, a) in contract.attachments.enumerated() where a.present { check("\(p).attachments[\(i)]", a.location, want: a.label) }
            for (i, t) in contract.tables.enumerated() { check("\(p).tables[\(i)]", t.location, want: t.rows.first?.first { !$0.isEmpty }) }
        }
        return out
    }

    static func comparable(_ s: String) -> String {
        s.precomposedStringWithCompatibilityMapping.unicodeScalars.filter { !$0.properties.isWhitespace }
            .reduce(into: "") { $0.unicodeScalars.append($1) }
    }
}
