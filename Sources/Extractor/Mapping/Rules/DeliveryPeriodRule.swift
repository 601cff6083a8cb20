import Schema

/// `deliveryPeriod`: a 交货期 / 交付期限 key (the lexicon's `delivery` words) with its duration
/// (`交货期：合同签订后30日内` → 30 days), or else a sentence that delivers within a period
/// (`乙方应于合同签订后15个工作日内交货` → `合同签订后15个工作日内`; the verb within 16 scalars after
/// the period: `10天内，将甲方采购的物品全部送达`). Diagnostics:
/// `delivery-period-blank` when the form leaves it blank.
enum DeliveryPeriodRule: MappingRule {
    static let verbs = ["交货", "交付", "供货", "送货", "送达", "发货"]
    static let verbSet = WordSet(verbs)

    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        let (period, found) = PeriodReader.period("delivery", in: analysis, blank: Code.blank, "The delivery period is left blank.")
        if period != nil || !found.isEmpty {
            contract.deliveryPeriod = period
            return found
        }
        for sentence in analysis.sentences {
            if let p = within(sentence, text: analysis.text) {
                contract.deliveryPeriod = p
                break
            }
        }
        return []
    }

    /// `…后15个工作日内交货`: a period ending in 内 with a delivery verb right after, from where
    /// its trigger starts (after 于 / 在 / 应 / a comma).
    static func within(_ sentence: ClauseSentence, text: ContractText) -> Period? {
        let s = sentence.scalars
        guard sentence.first(of: verbSet) != nil else { return nil }
        var i = 0
        while i < s.count, let p = DurationReader.firstPeriod(in: s, i..<s.count) {
            let end = p.at + p.length
            // The verb follows within the clause after (`10天内，将甲方采购的物品全部送达`).
            let next = String(scalars: s[min(s.count, end + 1)..<min(s.count, end + 17)].prefix { $0 != "。" && $0 != "；" })
            guard end < s.count, s[end] == "内", verbs.contains(where: next.includes) else { i = end; continue }
            // `合同签订后15个工作日内`: the trigger right before the period belongs to it;
            // `双方签定合同之日起，甲方5个工作日内发货`: the period alone.
            var start = p.at
            if p.at > 0, s[p.at - 1] == "后" {
                while start > 0, p.at - start < 24, !["于", "在", "应", "，", "须", "："].contains(s[start - 1]) { start -= 1 }
            }
            let r = start..<(end + 1)
            return Period(text: sentence.words(r), months: p.months, days: p.days, location: text.location(sentence.span(r)))
        }
        return nil
    }
}

extension DeliveryPeriodRule {
    enum Code {
        static let blank = "delivery-period-blank"
    }
}
