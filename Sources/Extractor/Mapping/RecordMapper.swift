import Schema

/// The mapper: one agreement's skeleton (from the clause parser) and its text → the record's
/// contract. It reads the agreement once (`AgreementAnalysis`), then runs the rules in three
/// phases, each rule writing only its own members:
/// - extract: each rule reads the analysis and writes its field (no rule reads another's);
/// - merge: rules that combine what several places say (parties across preamble, account blocks,
///   notices and signature page; the expiry from the term);
/// - check: rules that only report (credit codes, contact shapes, amount and date checks, OCR).
/// Order inside a phase does not matter (`RecordMapperTests` shuffles it); diagnostics come out
/// in `reportOrder`, whatever order the rules ran in.
enum RecordMapper {
    static var extract: [any MappingRule.Type] { [ContractNumberRule.self, CopiesRule.self, TermRule.self, DisputeRule.self,
                                                  DatesRule.self, TablesRule.self, AmountsRule.self, PlaceOfSigningRule.self,
                                                  GoverningLawRule.self, PaymentScheduleRule.self, PenaltiesRule.self,
                                                  TerminationRule.self, RenewalRule.self, WarrantyPeriodRule.self,
                                                  DeliveryPeriodRule.self, ConfidentialityRule.self] }
    static var merge: [any MappingRule.Type] { [PartiesRule.self, ExpiryRule.self] }
    static var check: [any MappingRule.Type] { [DateOrderRule.self, CreditCodeRule.self, ContactShapeRule.self, OCRConfidenceRule.self, PaymentTotalRule.self] }

    /// The order diagnostics are reported in (parties first, as a reader checks them).
    static var reportOrder: [any MappingRule.Type] { [PartiesRule.self, ContractNumberRule.self, CopiesRule.self, TermRule.self,
                                                      DisputeRule.self, DatesRule.self, ExpiryRule.self, DateOrderRule.self,
                                                      TablesRule.self, AmountsRule.self, PaymentScheduleRule.self, PaymentTotalRule.self,
                                                      PenaltiesRule.self, PlaceOfSigningRule.self, GoverningLawRule.self,
                                                      TerminationRule.self, RenewalRule.self, WarrantyPeriodRule.self,
                                                      DeliveryPeriodRule.self, ConfidentialityRule.self, CreditCodeRule.self,
                                                      ContactShapeRule.self, OCRConfidenceRule.self] }

    static func map(_ agreement: ParsedAgreement) -> (Contract, [Diagnostic]) {
        map(agreement, arrange: { $0 })
    }

    /// `arrange` orders the rules of each phase (tests shuffle them).
    static func map(_ agreement: ParsedAgreement,
                    arrange: ([any MappingRule.Type]) -> [any MappingRule.Type]) -> (Contract, [Diagnostic]) {
        var contract = agreement.skeleton
        let analysis = AgreementAnalysis(agreement.text)
        var found: [ObjectIdentifier: [Diagnostic]] = [:]
        for phase in [extract, merge, check] {
            for rule in arrange(phase) { found[ObjectIdentifier(rule)] = rule.apply(to: &contract, from: analysis) }
        }
        return (contract, agreement.diagnostics + reportOrder.flatMap { found[ObjectIdentifier($0)] ?? [] })
    }
}
