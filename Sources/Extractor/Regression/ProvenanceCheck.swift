import Foundation
import Schema

/// Checks that every value's `location` points at the value's own words in the normalized text:
/// an amount's span reads as its `text`; a field's span holds its value (or is an empty 【】);
/// a party's span names it (its name, else its role); an article's span opens with its label;
/// an attachment's span holds its label; a table's span holds its first cell. Each value of
/// `provenance` (schema 3): the title, contract number, term, dispute venue and every party
/// attribute and account field slice to their value; a date's span holds that date; the
/// dispute method's a word of its method; copies' a 份; the renewal's a 自动; the place of signing
/// and the governing law (schema 4) their value. Each payment, penalty, termination and renewal
/// condition and period slices to its `text`, an instalment's or penalty's amount to its own. Spans are compared
/// after NFKC, without spaces and 【】, as identifiers and terms are normalized that way.
public enum ProvenanceCheck {
    public static func problems(in result: ExtractionResult, text: NormalizedText) -> [GoldenDifference] {
        var out: [GoldenDifference] = []
        func check(_ path: String, _ location: Location?, want: String?, opens: Bool = false, anyOf: [String]? = nil,
                   verdict: ((String) -> Bool)? = nil, suffix: String = ".location") {
            guard let want, !want.isEmpty else { return }
            guard let location else {
                out.append(GoldenDifference(path: path + suffix, expected: "a span holding “\(want)”", actual: "null"))
                return
            }
            let slice = text.slice(location.start..<location.end)
            let (s, w) = (comparable(slice), comparable(want))
            let holds = verdict.map { $0(slice) } ?? anyOf.map { words in words.contains { s.contains(comparable($0)) } }
                ?? (opens ? s.hasPrefix(w) : s.contains(w))
            if !holds {
                out.append(GoldenDifference(path: path + suffix, expected: "a span holding “\(want)”",
                                            actual: "“\(slice.count > 60 ? String(slice.prefix(59)) + "…" : slice)” (\(location.start)..<\(location.end))"))
            }
        }
        func articles(_ list: [Article], _ path: String) {
            for (i, a) in list.enumerated() {
                check("\(path)[\(i)]", a.location, want: a.label, opens: true)
                articles(a.children, "\(path)[\(i)].children")
            }
        }
        func provenance(_ v: Provenance, of contract: Contract, _ p: String) {
            check("\(p).title", v.title, want: contract.title, suffix: "")
            // A number read from page furniture has no span in the text.
            if v.contractNumber != nil { check("\(p).contractNumber", v.contractNumber, want: contract.contractNumber, suffix: "") }
            for (name, date, location) in [("signed", contract.dates.signed, v.signed), ("effective", contract.dates.effective, v.effective),
                                           ("expires", contract.dates.expires, v.expires)] {
                // A date's span reads as that date; `effective` on signature points at its
                // 之日起生效 sentence, which holds none.
                check("\(p).\(name)", location, want: date, verdict: { slice in
                    let dated = DateReader.dates(in: Array(slice.unicodeScalars)).map(\.iso)
                    return dated.contains(date ?? "") || (name == "effective" && dated.isEmpty && slice.contains("生效"))
                }, suffix: "")
            }
            check("\(p).term", v.term, want: contract.term.text, suffix: "")
            check("\(p).renewal", v.renewal, want: contract.term.autoRenewal.map { String($0) }, anyOf: ["自动"], suffix: "")
            check("\(p).disputeMethod", v.disputeMethod, want: contract.disputeResolution.method?.rawValue,
                  anyOf: contract.disputeResolution.method == .arbitration ? ["仲裁"] : ["诉讼", "起诉", "法院"], suffix: "")
            check("\(p).disputeVenue", v.disputeVenue, want: contract.disputeResolution.venue, suffix: "")
            check("\(p).copies", v.copies, want: contract.copies.total.map { String($0) }, anyOf: ["份"], suffix: "")
            check("\(p).placeOfSigning", v.placeOfSigning, want: contract.placeOfSigning, suffix: "")
            check("\(p).governingLaw", v.governingLaw, want: contract.governingLaw, suffix: "")
            if v.parties.count != contract.parties.count {
                out.append(GoldenDifference(path: "\(p).parties", expected: "\(contract.parties.count) entries", actual: "\(v.parties.count)"))
                return
            }
            for (i, (party, from)) in zip(contract.parties, v.parties).enumerated() {
                let q = "\(p).parties[\(i)]"
                for (name, value, location) in [("name", party.name, from.name), ("legalRepresentative", party.legalRepresentative, from.legalRepresentative),
                                                ("contact", party.contact, from.contact), ("address", party.address, from.address),
                                                ("phone", party.phone, from.phone), ("fax", party.fax, from.fax), ("email", party.email, from.email),
                                                ("postalCode", party.postalCode, from.postalCode), ("creditCode", party.creditCode, from.creditCode)] {
                    check("\(q).\(name)", location, want: value, suffix: "")
                }
                guard party.bankAccounts.count == from.bankAccounts.count else {
                    out.append(GoldenDifference(path: "\(q).bankAccounts", expected: "\(party.bankAccounts.count) entries", actual: "\(from.bankAccounts.count)"))
                    continue
                }
                for (k, (account, at)) in zip(party.bankAccounts, from.bankAccounts).enumerated() {
                    for (name, value, location) in [("accountName", account.accountName, at.accountName), ("accountNumber", account.accountNumber, at.accountNumber),
                                                    ("bank", account.bank, at.bank), ("bankCode", account.bankCode, at.bankCode)] {
                        check("\(q).bankAccounts[\(k)].\(name)", location, want: value, suffix: "")
                    }
                }
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
            // Schema 4's clause values: each carries the span of its own words.
            for (i, pay) in contract.payments.enumerated() {
                check("\(p).payments[\(i)]", pay.location, want: pay.text)
                if let amount = pay.amount { check("\(p).payments[\(i)].amount", amount.location, want: amount.text) }
            }
            for (i, penalty) in contract.penalties.enumerated() {
                check("\(p).penalties[\(i)]", penalty.location, want: penalty.text)
                if let amount = penalty.amount { check("\(p).penalties[\(i)].amount", amount.location, want: amount.text) }
            }
            for (i, c) in contract.termination.enumerated() { check("\(p).termination[\(i)]", c.location, want: c.text) }
            for (i, c) in contract.renewal.enumerated() { check("\(p).renewal[\(i)]", c.location, want: c.text) }
            for (name, period) in [("warrantyPeriod", contract.warrantyPeriod), ("deliveryPeriod", contract.deliveryPeriod),
                                   ("confidentiality", contract.confidentiality)] {
                if let period { check("\(p).\(name)", period.location, want: period.text) }
            }
            if let v = contract.provenance { provenance(v, of: contract, "\(p).provenance") }
        }
        return out
    }

    static func comparable(_ s: String) -> String {
        s.precomposedStringWithCompatibilityMapping.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "【" && $0 != "】" }
            .reduce(into: "") { $0.unicodeScalars.append($1) }
    }
}
