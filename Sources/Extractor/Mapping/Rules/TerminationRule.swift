import Schema

/// `termination`: each sentence that grants a party the right to terminate the contract
/// (`甲方有权解除本合同`, `经双方协商一致，可以解除合同`) or denies it (`任何一方不得单方解除本合同`),
/// read by `ConditionReader` with the lexicon's `terminate` words. Diagnostics: none.
enum TerminationRule: MappingRule {
    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        contract.termination = ConditionReader.conditions("terminate", in: analysis)
        return []
    }
}
