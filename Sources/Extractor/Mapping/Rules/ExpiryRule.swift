import Schema

/// `dates.expires` (merge phase): the end of the term the term rule read
/// (`自…起至【2025年07月31日】` → 2025-07-31).
enum ExpiryRule: MappingRule {
    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        if let term = contract.term.text, let end = term.unicodeScalars.range(of: "至") {
            contract.dates.expires = DateReader.dates(in: Array(term.unicodeScalars[end.upperBound...])).first?.iso
            if contract.dates.expires != nil, let term = contract.provenance?.term { contract.provenance?.expires = term }
        }
        return []
    }
}
