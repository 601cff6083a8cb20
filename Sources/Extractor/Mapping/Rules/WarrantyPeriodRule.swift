import Schema

/// `warrantyPeriod`: the first 质保期 / 保修期 / 质量保证期 (the lexicon's `warranty` keys) that
/// states a duration (`质保期为验收合格之日起12个月` → 12 months). Diagnostics:
/// `warranty-period-blank` when the form leaves it blank (`保修期为____个月`).
enum WarrantyPeriodRule: MappingRule {
    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        switch PeriodReader.first("warranty", in: analysis)?.0 {
        case .period(let p): contract.warrantyPeriod = p
        case .blank(let r):
            return [Diagnostic(severity: .warning, code: Code.blank, message: "The warranty period is left blank.",
                               location: analysis.text.location(r))]
        case nil: break
        }
        return []
    }
}

extension WarrantyPeriodRule {
    enum Code {
        static let blank = "warranty-period-blank"
    }
}
