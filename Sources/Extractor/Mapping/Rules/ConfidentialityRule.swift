import Schema

/// `confidentiality`: how long the duty lasts — the first 保密期限 / 保密义务 sentence (the
/// lexicon's `secrecy` keys) that states a duration (`保密期限为本合同终止后两年` → `本合同终止后两年`,
/// 24 months) or that it is open-ended (`永久`, `长期`: words only). Diagnostics:
/// `confidentiality-period-blank` when the form leaves it blank.
enum ConfidentialityRule: MappingRule {
    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        let (period, found) = PeriodReader.period("secrecy", in: analysis, blank: Code.blank, "How long confidentiality lasts is left blank.")
        contract.confidentiality = period
        return found
    }
}

extension ConfidentialityRule {
    enum Code {
        static let blank = "confidentiality-period-blank"
    }
}
