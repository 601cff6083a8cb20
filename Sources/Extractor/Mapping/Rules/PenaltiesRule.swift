import Schema

/// `penalties`: each 违约金 / 滞纳金 sentence (the lexicon's `penalty` words) that states a rate or
/// an amount — `乙方应按合同总价款的20%向甲方支付违约金` (20%, base 合同总价款, payer 乙方),
/// `每逾期一日，按逾期付款金额的万分之五支付滞纳金` (0.05% a day), `支付违约金5000元` (an amount),
/// a multiple as its percentage (`按应付租金的2倍支付违约金`: 200%, base 应付租金),
/// with a cap after a `cap` word (`累计不超过合同总价的10%`). A sentence naming a penalty without
/// a figure is not one. Diagnostics: `penalty-blank` when the figure is left blank in the form.
enum PenaltiesRule: MappingRule {
    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        let text = analysis.text
        var diagnostics: [Diagnostic] = []
        let capWords = Lexicon.shared.wordSet("cap")
        for (sentence, word, at) in analysis.sentences(with: "penalty") {
            let s = sentence.scalars
            let cap = sentence.first(of: capWords).map { c -> Range<Int> in
                let start = c.at + c.word.unicodeScalars.count
                var end = start
                while end < s.count, !["，", "。", "；", ",", "）", ")"].contains(s[end]) { end += 1 }
                return start..<end
            } ?? limit(s)
            let capStart = cap.map { $0.lowerBound - 1 } ?? s.count
            let rate = ClauseReading.percents(in: s, 0..<capStart).first { !ClauseReading.isTaxRate(s, $0.1) }
                ?? ClauseReading.multiples(in: s, 0..<capStart).first
            var penalty = Penalty(text: sentence.words(0..<s.count), location: text.location(sentence.range))
            var baseStart: Int?
            if let (value, r) = rate {
                penalty.rate = value + "%"
                penalty.per = accrual(s, before: r.lowerBound)
                if let b = base(s, before: r.lowerBound) {
                    penalty.base = b.text
                    baseStart = b.range.lowerBound
                }
            } else if let stated = sentence.amounts(text).first(where: { !inCap($0, cap) }) {
                penalty.amount = stated.amount
            } else {
                if ClauseReading.holdsBlank(s, max(0, at - 20)..<min(s.count, at + word.unicodeScalars.count + 20)) {
                    diagnostics.append(Diagnostic(severity: .warning, code: Code.blank,
                                                  message: "The penalty's rate or amount is left blank.",
                                                  location: text.location(sentence.range)))
                }
                continue
            }
            if let cap, cap.count > 0, !ClauseReading.holdsBlank(s, cap) { penalty.cap = sentence.words(cap) }
            // A party named inside the base (`违约金额为乙方离开甲方上年度的薪酬总额的3倍`) is what is
            // measured, not who pays: the payer is read before the base, when one is named there.
            penalty.payer = charged(s) ?? baseStart.flatMap { ClauseReading.subject(in: s, before: $0) }
                ?? ClauseReading.subject(in: s, before: rate?.1.lowerBound ?? at)
            contract.penalties.append(penalty)
        }
        return diagnostics
    }

    /// `此项违约金额以逾期移交物品部分货款总值的百分之五十为限度`: the cap between 以 and 为限.
    static func limit(_ s: [Unicode.Scalar]) -> Range<Int>? {
        guard let end = s.range(of: "为限"), let open = s[..<end.lowerBound].lastIndex(of: "以"),
              end.lowerBound - open > 2, end.lowerBound - open < 40 else { return nil }
        return (open + 1)..<end.lowerBound
    }

    /// `向乙方收取…违约金`, `要求甲方支付…违约金`: the party charged is the one named there.
    static func charged(_ s: [Unicode.Scalar]) -> String? {
        for (lead, verbs) in [("向", ["收取"]), ("要求", ["支付", "赔偿", "承担"])] {
            var from = 0
            while let r = s[from...].range(of: lead) {
                from = r.upperBound
                guard let p = ClauseReading.partySet.prefix(of: s[r.upperBound...]) else { continue }
                let after = r.upperBound + p.unicodeScalars.count
                if verbs.contains(where: { s[after...].starts(with: $0.unicodeScalars) }) { return p }
            }
        }
        return nil
    }

    /// `每日` / `每天` / `按日` / `日` just before the rate → day; `每月` / `按月` → month.
    static func accrual(_ s: [Unicode.Scalar], before i: Int) -> Penalty.Accrual? {
        let window = String(scalars: s[max(0, i - 8)..<i])
        if ["每日", "每天", "按日", "日息", "每逾期一日", "每延迟一日", "每迟延一日", "每逾期一天", "日万分", "日千分"].contains(where: window.includes)
            || window.hasSuffix("日") { return .day }
        if ["每月", "按月"].contains(where: window.includes) { return .month }
        // `每逾期1天`, `每延迟一日`, `每日`: 每, at most five scalars, then 日 or 天.
        for (k, c) in s.enumerated() where c == "每" {
            if let unit = s[(k + 1)..<min(s.count, k + 7)].first(where: { $0 == "日" || $0 == "天" || $0 == "月" }) {
                return unit == "月" ? .month : .day
            }
        }
        return nil
    }

    /// `按合同总价款的20%` → 合同总价款; `按逾期付款金额每日万分之五` → 逾期付款金额; with its range in `s`.
    static func base(_ s: [Unicode.Scalar], before i: Int) -> (text: String, range: Range<Int>)? {
        // Back to the word that opens the base: 按 / 以 / 为 / 支付 / 收取 / 相当于 (not the 支付 of
        // `应支付而未支付费用`, which is inside it).
        func opens(_ k: Int) -> Bool {
            let c = s[k - 1]
            if ["按", "以", "为", "即"].contains(c) { return true }
            if c == "付", k >= 2, s[k - 2] == "支" { return k < 3 || !["未", "应", "已", "待"].contains(s[k - 3]) }
            if c == "取", k >= 2, s[k - 2] == "收" { return true }
            return k >= 3 && s[(k - 3)..<k].elementsEqual("相当于".unicodeScalars)
        }
        var start = i
        while start > 0, i - start < 24, s[start - 1] != "，", !opens(start) { start -= 1 }
        guard start > 0, s[start - 1] != "，" else { return nil }
        var end = i
        for tail in ["每日的", "每天的", "每日", "每天", "的", "按日", "日"] {
            let t = Array(tail.unicodeScalars)
            if end - start > t.count, s[(end - t.count)..<end].elementsEqual(t) { end -= t.count }
        }
        // `合同总金额的_`: a stray underscore (OCR of an underline) is no part of the base.
        while end > start, ["的", " ", "_", "＿"].contains(s[end - 1]) { end -= 1 }
        if start < end, s[start...].starts(with: "照".unicodeScalars) { start += 1 }
        let b = String(scalars: s[start..<end]).trimmedWhitespace
        return b.unicodeScalars.count >= 2 && !ClauseReading.isBlank(b) ? (b, start..<end) : nil
    }

    private static func inCap(_ a: StatedAmounts.Stated, _ cap: Range<Int>?) -> Bool {
        guard let cap else { return false }
        return a.range.lowerBound >= cap.lowerBound - 1 && a.range.lowerBound < cap.upperBound
    }
}

extension PenaltiesRule {
    enum Code {
        static let blank = "penalty-blank"
    }
}
