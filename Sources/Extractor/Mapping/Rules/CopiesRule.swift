import Schema

/// `copies` from 一式【肆】份 / 一式两份 / 一式4份 (also with 一 misread as a dash), and what each
/// party keeps: 甲方执【贰】份, 甲乙双方各执贰份 / 双方各执一份 (each named party the same; 双方 are
/// the two parties' own roles when they are not 甲方 and 乙方, as the analysis lists them).
/// Diagnostics: `copies-mismatch` when the parties' copies do not add up to the total.
enum CopiesRule: MappingRule {
    /// 一 read by OCR as a dash or tilde (`本合同～式肆份`, PP-OCR on the fax copy of seed-001):
    /// only followed by a count and 份, which the rule requires, is it 一式.
    static let copiesWords = WordSet(["一式", "壹式", "～式", "~式", "—式", "－式", "-式"])

    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        let text = analysis.text
        for (line, at) in text.lines(mentioning: copiesWords) {
            let s = line.scalars
            guard let total = ValueReader.count(at: at + 1 + 1, in: s) else { continue }
            let afterTotal = at + 2 + total.length
            guard afterTotal < s.count, s[s.startIndex + afterTotal] == "份" else { continue }
            contract.copies.total = total.value
            contract.provenance?.copies = text.location(line.range)
            contract.copies.perParty = perParty(in: Array(s), from: afterTotal + 1)
            // `双方各执一份` between 供方 and 需方: the two parties by the roles they are named by;
            // `合同各方各执一份`: every party.
            let roles = analysis.partyRoles
            if let each = contract.copies.perParty.removeValue(forKey: "各方") {
                for role in roles { contract.copies.perParty[role] = each }
            }
            if Set(contract.copies.perParty.keys) == ["甲方", "乙方"], !line.text.includes("甲"), roles.count == 2,
               !roles.contains(where: { $0.includes("甲") || $0.includes("乙") }) {
                let each = contract.copies.perParty["甲方"]!
                contract.copies.perParty = [roles[0]: each, roles[1]: each]
            }
            let sum = contract.copies.perParty.values.reduce(0, +)
            // `承办律师保存一份`, `报…备案一份`: copies kept by others make up the rest.
            let othersKeep = ["保存", "留存", "备案", "存档"].contains(where: line.text.includes)
            if !contract.copies.perParty.isEmpty, sum != total.value, !(othersKeep && sum < total.value) {
                return [Diagnostic(severity: .warning, code: Code.mismatch,
                                   message: "一式\(total.value)份, but the parties keep \(sum) in all.",
                                   location: text.location(line.range))]
            }
            return []
        }
        return []
    }

    /// `甲方执【贰】份，乙方执【贰】份` or `甲乙双方各执贰份` / `双方各执一份`.
    static func perParty(in s: [Unicode.Scalar], from start: Int) -> [String: Int] {
        var result: [String: Int] = [:]
        let text = String(scalars: s[start...])
        let scalars = Array(text.unicodeScalars)[...]
        var i = 0
        while i < scalars.count {
            // `甲方执`, `乙方持`, `甲乙双方各执`, `双方各执`
            if let (roles, length) = holders(at: i, in: scalars) {
                var j = i + length
                if j < scalars.count, scalars[j] == "各" { j += 1 }
                if j < scalars.count, scalars[j] == "执" || scalars[j] == "持" || scalars[j] == "留" {
                    j += 1
                    if let n = ValueReader.count(at: j, in: scalars), j + n.length < scalars.count,
                       scalars[j + n.length] == "份" {
                        for role in roles { result[role] = n.value }
                        i = j + n.length
                        continue
                    }
                }
            }
            i += 1
        }
        return result
    }

    private static func holders(at i: Int, in s: ArraySlice<Unicode.Scalar>) -> ([String], Int)? {
        let rest = s.dropFirst(i)
        for (words, roles) in [("甲乙丙三方", ["甲方", "乙方", "丙方"]), ("甲、乙、丙三方", ["甲方", "乙方", "丙方"]), ("甲乙双方", ["甲方", "乙方"]), ("甲、乙双方", ["甲方", "乙方"]), ("甲乙方", ["甲方", "乙方"]),
                               ("甲、乙方", ["甲方", "乙方"]), ("双方", ["甲方", "乙方"]), ("各方", ["各方"]),
                               ("甲方", ["甲方"]), ("乙方", ["乙方"]), ("丙方", ["丙方"])] where rest.starts(with: words.unicodeScalars) {
            return (roles, words.unicodeScalars.count)
        }
        return nil
    }
}

extension CopiesRule {
    enum Code {
        static let mismatch = "copies-mismatch"
    }
}
