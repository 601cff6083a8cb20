import Schema

/// `warrantyPeriod`: the first 质保期 / 保修期 / 质量保证期 (the lexicon's `warranty` keys) that
/// states a duration (`质保期为验收合格之日起12个月` → 12 months). Diagnostics:
/// `warranty-period-blank` when the form leaves it blank (`保修期为____个月`).
enum WarrantyPeriodRule: MappingRule {
    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        let (period, found) = PeriodReader.period("warranty", in: analysis, blank: Code.blank, "The warranty period is left blank.")
        contract.warrantyPeriod = period
        return found
    }
}

extension WarrantyPeriodRule {
    enum Code {
        static let blank = "warranty-period-blank"
    }
}
