import Schema

/// `dates`: `signed` is the latest date on a 签署/签订/签字 日期 line before the attachments (the
/// contract binds when the last party signs); `effective` is a date stated with 生效, or the
/// signing date when the contract takes effect on signature (`自双方签字盖章之日起生效`). `expires`
/// is the end of the term, read by `ExpiryRule` in the merge phase; `DateOrderRule` checks them.
enum DatesRule: MappingRule {
    static let effectWords = WordSet(["生效"])
    static let signingKeys = ["签署日期", "签订日期", "签约日期", "签字日期", "签章日期"]
    static let signingKeySet = WordSet(signingKeys)
    /// What may stand before a bare `日期` key.
    static let dateKeyOpeners: ScalarSet = [" ", "\t", "）", ")", "：", ":"]

    /// A signing-date line: one of `signingKeys`, or a bare `日期` opening the line or a cell
    /// (`甲方（盖章）  日期：…`), not `交货日期` / `付款日期`.
    static func isSigningDateLine(_ line: ParsedLine) -> Bool {
        if signingKeySet.first(in: line.scalars) != nil { return true }
        let s = line.scalars  // a slice of the text: its indices start where the line does
        return s.indices.contains { i in
            s[i] == "日" && i + 1 < s.endIndex && s[i + 1] == "期"
                && (i == s.startIndex || dateKeyOpeners.contains(s[i - 1]))
        }
    }

    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        let text = analysis.text
        var signed: String?
        var signedAt: Range<Int>?
        for line in text.beforeAttachments {
            guard isSigningDateLine(line) else { continue }
            let s = Array(line.scalars)
            for found in DateReader.dates(in: s) where signed == nil || found.iso > signed! {
                signed = found.iso
                signedAt = (line.range.lowerBound + found.range.lowerBound)..<(line.range.lowerBound + found.range.upperBound)
            }
        }
        contract.dates.signed = signed
        contract.provenance?.signed = signedAt.map(text.location)

        for (line, _) in text.lines(mentioning: effectWords) {
            let s = Array(line.scalars)
            if let explicit = DateReader.dates(in: s).first, line.text.includes("起生效") || line.text.includes("日生效") {
                contract.dates.effective = explicit.iso
                contract.provenance?.effective = text.location((line.range.lowerBound + explicit.range.lowerBound)..<(line.range.lowerBound + explicit.range.upperBound))
                break
            }
            if ["签字", "签署", "盖章", "签章"].contains(where: line.text.includes), line.text.includes("之日起生效") {
                contract.dates.effective = signed
                if signed != nil { contract.provenance?.effective = text.location(line.range) }
                break
            }
        }
        return []
    }
}
