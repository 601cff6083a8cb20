import Schema

/// `dates`: `signed` is the latest date on a 签署/签订/签字 日期 line before the attachments (the
/// contract binds when the last party signs); `effective` is a date stated with 生效, or the
/// signing date when the contract takes effect on signature (`自双方签字盖章之日起生效`); `expires`
/// is the end of the term (`至【2025年07月31日】`). Diagnostics: `date-order` when a contract
/// expires before it is signed or takes effect.
enum DatesRule: MappingRule {
    static let signingKeys = ["签署日期", "签订日期", "签约日期", "签字日期", "签章日期"]

    /// A signing-date line: one of `signingKeys`, or a bare `日期` opening the line or a cell
    /// (`甲方（盖章）  日期：…`), not `交货日期` / `付款日期`.
    static func isSigningDateLine(_ line: ParsedLine) -> Bool {
        if signingKeys.contains(where: { line.text.includes($0) }) { return true }
        let s = Array(line.scalars)
        return s.indices.contains { i in
            s[i] == "日" && i + 1 < s.count && s[i + 1] == "期"
                && (i == 0 || [" ", "\t", "）", ")", "：", ":"].contains(s[i - 1]))
        }
    }

    static func apply(to contract: inout Contract, from text: ContractText) -> [Diagnostic] {
        var signed: String?
        for line in text.beforeAttachments {
            let s = Array(line.scalars)
            guard isSigningDateLine(line) else { continue }
            for found in DateReader.dates(in: s) where signed == nil || found.iso > signed! { signed = found.iso }
        }
        contract.dates.signed = signed

        for (line, _) in text.lines(mentioning: ["生效"]) {
            let s = Array(line.scalars)
            if let explicit = DateReader.dates(in: s).first, line.text.includes("起生效") || line.text.includes("日生效") {
                contract.dates.effective = explicit.iso
                break
            }
            if ["签字", "签署", "盖章", "签章"].contains(where: line.text.includes), line.text.includes("之日起生效") {
                contract.dates.effective = signed
                break
            }
        }
        if let term = contract.term.text, let end = term.unicodeScalars.range(of: "至") {
            contract.dates.expires = DateReader.dates(in: Array(term.unicodeScalars[end.upperBound...])).first?.iso
        }

        guard let expires = contract.dates.expires else { return [] }
        for (name, date) in [("signed", contract.dates.signed), ("takes effect", contract.dates.effective)] {
            if let date, expires < date {
                return [Diagnostic(severity: .warning, code: "date-order",
                                   message: "The contract expires (\(expires)) before it is \(name) (\(date)).", location: nil)]
            }
        }
        return []
    }
}
