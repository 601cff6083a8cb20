import Schema

/// Check phase: `date-order` when a contract expires before it is signed or takes effect.
enum DateOrderRule: MappingRule {
    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        guard let expires = contract.dates.expires else { return [] }
        for (name, date) in [("signed", contract.dates.signed), ("takes effect", contract.dates.effective)] {
            if let date, expires < date {
                return [Diagnostic(severity: .warning, code: Code.order, message: Message.order(expires, name, date), location: nil)]
            }
        }
        return []
    }

    enum Code {
        static let order = "date-order"
    }

    enum Message {
        static func order(_ expires: String, _ event: String, _ date: String) -> String {
            "The contract expires (\(expires)) before it is \(event) (\(date))."
        }
    }
}
