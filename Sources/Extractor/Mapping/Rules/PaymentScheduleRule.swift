import Schema

/// `payments`: the payment schedule. A sentence with a verb of paying (the lexicon's `pay` words)
/// and an instalment word (`预付款`, `尾款`, `第二期` … the `payment` words) or a share of the
/// total (`合同总价的30%`) is an instalment: its amount (paired with its 大写 like every amount),
/// its percentage, its trigger (`合同签订后5个工作日内`, `验收合格后`) or date. One sentence naming
/// several instalments (`预付款30%，进度款40%，尾款30%` …) gives one each. Periodic payments
/// (`每月`, `按季`) are rent, not a schedule; penalty sentences are penalties. A single
/// `一次性支付全部价款` is one instalment of 100%. Diagnostics: none (`PaymentTotalRule` checks the sum).
enum PaymentScheduleRule: MappingRule {
    static let periodic = ["每月", "按月", "每季", "按季", "每年", "按年", "每半年", "月租", "每期",
                           "计算方式", "计算公式", "×", "÷", "退还", "退费"]
    /// Rent is paid by the period, whatever an instalment word says (`首付房租￥8100元`).
    static let rent = ["租金", "房租", "租费"]
    static let periodicSet = WordSet(periodic)
    /// An unticked option (`☐一次性支付`), a unit price (`0.29元/M`), a breach, an ending: no instalment.
    static let notInstalments = WordSet(rent + ["☐", "□", "元/", "违反", "违约", "终止", "解除"])
    static let allAtOnce = WordSet(["一次性", "全部", "全额"])
    static let shareSet = WordSet(shareWords)
    /// A sentence about lateness or damages is a penalty, not an instalment.
    static let penaltyWords = WordSet(Lexicon.shared.words("penalty") + ["逾期", "迟延", "延迟", "赔偿"])
    static let shareWords = ["总价", "总额", "总金额", "合同价", "合同款", "合同金额", "价款", "总费用", "服务费", "费用", "货款"]

    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        let text = analysis.text
        let stages = Lexicon.shared.words("payment")
        let stageSet = Lexicon.shared.wordSet("payment")
        for (sentence, _, _) in analysis.sentences(with: "pay") {
            let s = sentence.scalars
            guard sentence.first(of: penaltyWords) == nil, sentence.first(of: periodicSet) == nil else { continue }
            let hasStage = sentence.first(of: stageSet) != nil
            let percents = ClauseReading.percents(in: s, 0..<s.count).filter { !ClauseReading.isTaxRate(s, $0.1) }
            guard sentence.first(of: notInstalments) == nil,
                  hasStage || (sentence.first(of: shareSet) != nil
                               && (!percents.isEmpty || sentence.first(of: allAtOnce) != nil)) else { continue }
            let amounts = sentence.amounts(text)
            for segment in segments(sentence, stages: stages) {
                if let payment = instalment(sentence, segment, percents: percents, amounts: amounts, text: text) {
                    contract.payments.append(payment)
                }
            }
        }
        return []
    }

    /// `一次性支付`, `一次性向乙方支付`, `支付服务期限内全部服务费用`, `支付全部总金额的货款`: a verb of
    /// paying close after 一次性, or 全部/全额 and the price close after the verb.
    static func paysAllAtOnce(_ s: [Unicode.Scalar]) -> Bool {
        let pays = Lexicon.shared.words("pay")
        for i in s.indices {
            guard let pay = pays.first(where: { s[i...].starts(with: $0.unicodeScalars) }) else { continue }
            let before = String(scalars: s[max(0, i - 8)..<i])
            if before.includes("一次性") { return true }
            let after = String(scalars: s[(i + pay.unicodeScalars.count)..<min(s.count, i + pay.unicodeScalars.count + 14)])
            if ["全部", "全额"].contains(where: after.includes), shareWords.contains(where: after.includes) { return true }
        }
        return false
    }

    /// The parts of a sentence, one per instalment word when several each state a share or an
    /// amount; the whole sentence otherwise.
    static func segments(_ sentence: ClauseSentence, stages: [String]) -> [Range<Int>] {
        let s = sentence.scalars
        var starts: [Int] = []
        var i = 0
        while i < s.count {
            if let w = stages.first(where: { s[i...].starts(with: $0.unicodeScalars) }) {
                starts.append(i)
                i += w.unicodeScalars.count
            } else { i += 1 }
        }
        guard starts.count > 1 else { return [0..<s.count] }
        // The first segment takes the sentence's start (its trigger may stand before the word).
        let bounds = [0] + starts.dropFirst() + [s.count]
        let parts = zip(bounds, bounds.dropFirst()).map { $0..<$1 }
        let stating = parts.filter { r in !ClauseReading.percents(in: s, r).isEmpty || !AmountReader.amounts(in: Array(s[r])).isEmpty }
        return stating.count == parts.count ? parts : [0..<s.count]
    }

    static func instalment(_ sentence: ClauseSentence, _ r: Range<Int>, percents: [(String, Range<Int>)],
                           amounts: [StatedAmounts.Stated], text: ContractText) -> Payment? {
        let s = sentence.scalars
        let percent = percents.first { r.contains($0.1.lowerBound) }?.0
        let amount = amounts.first { r.contains($0.range.lowerBound) }?.amount
        let date = DateReader.dates(in: Array(s[r])).first?.iso
        // `一次性缴付培训服务费用`, `支付全部总金额的货款(即 RMB￥66,600元整）`: all of it at once.
        let whole = percent == nil && sentence.first(of: shareSet) != nil && paysAllAtOnce(s)
        guard percent != nil || amount != nil || whole else { return nil }
        let span = r == 0..<s.count ? sentence.range : sentence.span(r)
        return Payment(amount: amount, percent: percent ?? (whole ? "100" : nil), trigger: date == nil ? trigger(s, r) : nil,
                       date: date, text: sentence.words(r), location: text.location(span))
    }

    /// The event that makes a payment due: a phrase ending in 后 / 前 / 内 / 之日起 / 时 (with what
    /// it counts from: `合同签订后5个工作日内`, `验收合格后`), the first in the part.
    static func trigger(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String? {
        let markers = ["个工作日内", "工作日内", "日内", "天内", "之日起", "以前", "之前", "前", "后", "内"]
        var i = r.lowerBound
        while i < r.upperBound {
            guard let m = markers.first(where: { s[i...].starts(with: $0.unicodeScalars) }) else { i += 1; continue }
            var end = i + m.unicodeScalars.count
            // `合同签订后5个工作日内`, `供货之日起三个工作日内`: a period after 后 / 之日起 belongs to
            // the trigger.
            if m == "后" || m == "之日起", let p = DurationReader.period(at: end, in: s) {
                end += p.length
                if end < s.count, s[end] == "内" { end += 1 }
            }
            var start = i
            while start > r.lowerBound, i - start < 20,
                  !["，", "：", "在", "于", "应", "将", "须", "，", "（", "("].contains(s[start - 1]) { start -= 1 }
            let words = String(scalars: s[start..<end].filter { $0 != "【" && $0 != "】" }).trimmedWhitespace
            // The event is named (签订, 验收, 交付 …), not a bare `前` of a sentence.
            if words.unicodeScalars.count >= 3, !ClauseReading.isBlank(words) {
                return TemplatePlaceholder.contains(words) || words.includes("}}") ? nil : words
            }
            i = end
        }
        return nil
    }

}
