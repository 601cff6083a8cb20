import Schema

/// `placeOfSigning`: the value of a place key (`签订地点：厦门`, the lexicon's `place` words) up to
/// the next cell or key; the first line of an article headed by one (`十、合同签订地点` then
/// `国电新疆红雁池发电有限公司燃煤管理部。`); or `本合同于…在北京市海淀区签订` / `本合同签署于上海`.
/// A blank or a template placeholder is no place. Diagnostics: none (a blank form is common).
enum PlaceOfSigningRule: MappingRule {
    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        let text = analysis.text
        let keys = Lexicon.shared.wordSet("place")
        let lines = text.allLines
        for (k, line) in lines.enumerated() {
            guard let (key, at) = keys.first(in: line.scalars) else { continue }
            let s = Array(line.scalars)
            var j = at + key.unicodeScalars.count
            while j < s.count, s[j] == " " { j += 1 }
            if j < s.count, s[j] == "：" || s[j] == ":" {
                if let r = value(in: s, from: j + 1) { return found(&contract, line, r, s, text) }
                continue
            }
            // A heading alone (`十、合同签订地点`): the article's first line states the place.
            if j == s.count, line.label != nil, k + 1 < lines.count {
                let next = lines[k + 1]
                let n = Array(next.scalars)
                var end = n.count
                while end > 0, ["。", " ", "；"].contains(n[end - 1]) { end -= 1 }
                if next.label == nil, end > 0, end <= 40, !isBlankOrPlaceholder(n[0..<end]) {
                    return found(&contract, next, 0..<end, n, text)
                }
            }
        }
        for sentence in analysis.sentences {
            let s = sentence.scalars
            guard s.starts(with: "本合同".unicodeScalars) || s.starts(with: "本协议".unicodeScalars) else { continue }
            if let r = signedAt(s) {
                contract.placeOfSigning = sentence.words(r)
                contract.provenance?.placeOfSigning = text.location(sentence.span(r))
                return []
            }
        }
        return []
    }

    private static func found(_ contract: inout Contract, _ line: ParsedLine, _ r: Range<Int>, _ s: [Unicode.Scalar],
                              _ text: ContractText) -> [Diagnostic] {
        contract.placeOfSigning = String(scalars: s[r].filter { $0 != "【" && $0 != "】" })
        contract.provenance?.placeOfSigning = text.location((line.range.lowerBound + r.lowerBound)..<(line.range.lowerBound + r.upperBound))
        return []
    }

    /// The value after a key's colon: to the next tab or key (`签订日期`, `合同编号`), trimmed; nil
    /// when blank or a placeholder.
    static func value(in s: [Unicode.Scalar], from start: Int) -> Range<Int>? {
        var i = start
        while i < s.count, s[i] == " " { i += 1 }
        var end = i
        let stops = ["签订日期", "签订时间", "签约日期", "签署日期", "日期", "合同编号", "编号", "签 订", "  "]
        while end < s.count, s[end] != "\t", !stops.contains(where: { s[end...].starts(with: $0.unicodeScalars) }) { end += 1 }
        while end > i, [" ", "。", "，", "；"].contains(s[end - 1]) { end -= 1 }
        guard end > i, !isBlankOrPlaceholder(s[i..<end]) else { return nil }
        return i..<end
    }

    private static func isBlankOrPlaceholder(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        let v = String(scalars: s)
        return ClauseReading.isBlank(v) || TemplatePlaceholder.contains(v) || ClauseReading.holdsBlank(Array(s), 0..<s.count)
    }

    /// `本合同于2024年3月1日在北京市海淀区签订`, `本合同在厦门签署`, `本合同签订于上海`: the place.
    static func signedAt(_ s: [Unicode.Scalar]) -> Range<Int>? {
        for verb in ["签订于", "签署于", "订立于"] {
            if let r = s.range(of: verb) {
                var end = r.upperBound
                while end < s.count, !["，", "。", "；", "（", "("].contains(s[end]) { end += 1 }
                let place = r.upperBound..<end
                return place.count >= 2 && place.count <= 30 && !isBlankOrPlaceholder(s[place]) ? place : nil
            }
        }
        for verb in ["签订", "签署", "订立", "签字"] {
            guard let v = s.range(of: verb), let at = s[..<v.lowerBound].lastIndex(of: "在") else { continue }
            let place = (at + 1)..<v.lowerBound
            let words = String(scalars: s[place])
            guard place.count >= 2, place.count <= 30, !words.contains("，"),
                  !["合同", "协议", "基础", "情况", "平台", "期间", "时"].contains(where: words.includes),
                  !isBlankOrPlaceholder(s[place]) else { continue }
            return place
        }
        return nil
    }
}
