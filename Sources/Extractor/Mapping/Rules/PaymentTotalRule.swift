import Schema

/// Checks that the payment schedule adds up: instalments stated as shares must come to 100%,
/// and instalments all stated as amounts to the total (when the contract states one). Reads only
/// what the extract phase put in the record (`payments`, `totalAmount`). Diagnostics:
/// `payment-schedule-mismatch`.
enum PaymentTotalRule: MappingRule {
    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        let payments = contract.payments
        guard payments.count >= 2, let location = payments[0].location else { return [] }
        let shares = payments.compactMap(\.percent)
        if shares.count == payments.count {
            let sum = shares.compactMap(hundredths).reduce(0, +)
            if shares.count == shares.compactMap(hundredths).count, sum != 10_000 {
                return [Diagnostic(severity: .warning, code: Code.mismatch,
                                   message: "The instalments' shares (\(shares.map { $0 + "%" }.joined(separator: " + "))) add up to \(AmountReader.decimal(Int64(sum)))%, not 100%.",
                                   location: location)]
            }
            return []
        }
        let amounts = payments.compactMap(\.amount?.value)
        if amounts.count == payments.count, let total = contract.totalAmount?.value.replacingAll(".", with: ""),
           let totalCents = Int64(total) {
            let sum = amounts.compactMap { Int64($0.replacingAll(".", with: "")) }.reduce(0, +)
            if sum != totalCents {
                return [Diagnostic(severity: .warning, code: Code.mismatch,
                                   message: "The instalments add up to \(AmountReader.decimal(sum)), the total is \(AmountReader.decimal(totalCents)).",
                                   location: location)]
            }
        }
        return []
    }

    /// `30` → 3000, `12.5` → 1250: a percentage in hundredths.
    static func hundredths(_ p: String) -> Int? {
        let parts = p.split(separator: ".", omittingEmptySubsequences: false)
        guard let whole = Int(parts[0]) else { return nil }
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        guard fraction.count <= 2 else { return nil }
        while fraction.count < 2 { fraction += "0" }
        return whole * 100 + (Int(fraction) ?? 0)
    }
}

extension PaymentTotalRule {
    enum Code {
        static let mismatch = "payment-schedule-mismatch"
    }
}
