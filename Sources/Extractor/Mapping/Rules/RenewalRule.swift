import Schema

/// `renewal`: each sentence that grants renewal (`乙方如需续租，应提前三个月书面通知甲方`,
/// `期满后双方可续签`) or denies it (`期满后不再续签`, `本合同不自动续期`), read by `ConditionReader`
/// with the lexicon's `renew` words. Diagnostics: none.
enum RenewalRule: MappingRule {
    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        contract.renewal = ConditionReader.conditions("renew", in: analysis)
        return []
    }
}
