import Schema

/// `governingLaw`: the law a sentence about the contract says applies — `本合同…均适用中华人民共和国
/// 的法律法规` → `中华人民共和国的法律法规`, `本协议受中华人民共和国法律管辖` → `中华人民共和国法律`.
/// The law must be named by a jurisdiction: `其他适用的法律法规`, `适用相关法律` and `适用法律正确`
/// name none. Diagnostics: none.
enum GoverningLawRule: MappingRule {
    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        for sentence in analysis.sentences {
            let s = sentence.scalars
            guard subjects.first(in: s) != nil, let r = law(in: s) else { continue }
            contract.governingLaw = sentence.words(r)
            contract.provenance?.governingLaw = analysis.text.location(sentence.span(r))
            return []
        }
        return []
    }

    /// The words that make a sentence one about the contract.
    private static let subjects = WordSet(["本合同", "本协议", "合同的", "协议的", "合同之"])

    /// The law named after 适用 (to 法律 / 法律法规 / 法规 / 法) or before 法律管辖 after 受.
    static func law(in s: [Unicode.Scalar]) -> Range<Int>? {
        for verb in Lexicon.shared.words("law") {
            var from = 0
            while from < s.count, let v = s[from...].range(of: verb) {
                from = v.upperBound
                var i = v.upperBound
                while i < s.count, s[i] == " " || s[i] == "【" { i += 1 }
                guard let law = s[i...].range(of: "法") else { continue }
                var end = law.upperBound
                for tail in ["律法规", "律、法规", "律"] where s[end...].starts(with: tail.unicodeScalars) { end += tail.unicodeScalars.count; break }
                let name = String(scalars: s[i..<law.lowerBound])
                // A jurisdiction names the law: 中华人民共和国, 中国, 香港特别行政区 … (no 的/相关 alone,
                // no clause in between).
                guard law.lowerBound - i >= 2, law.lowerBound - i <= 14,
                      !["相关", "有关", "其他", "本", "，", "、", "的法律", "适用"].contains(where: { name.hasPrefix($0) || name.contains("，") }),
                      ["国", "港", "澳", "台", "省", "市"].contains(where: name.includes) else { continue }
                if verb == "受" { guard s[end...].starts(with: "管辖".unicodeScalars) else { continue } }
                return i..<end
            }
        }
        return nil
    }
}
