import Schema

/// `confidentiality`: how long the duty lasts — the first 保密期限 / 保密义务 sentence (the
/// lexicon's `secrecy` keys) that states a duration (`保密期限为本合同终止后两年` → `本合同终止后两年`,
/// 24 months) or that it is open-ended (`永久`, `长期`: words only). Diagnostics:
/// `confidentiality-period-blank` when the form leaves it blank.
enum ConfidentialityRule: MappingRule {
    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        switch PeriodReader.first("secrecy", in: analysis)?.0 {
        case .period(let p): contract.confidentiality = p
        case .blank(let r):
            return [Diagnostic(severity: .warning, code: Code.blank, message: "How long confidentiality lasts is left blank.",
                               location: analysis.text.location(r))]
        case nil: break
        }
        return []
    }
}

extension ConfidentialityRule {
    enum Code {
        static let blank = "confidentiality-period-blank"
    }
}
