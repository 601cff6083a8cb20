import Schema
import Testing
@testable import Extractor

@Suite("PaymentTotalRule")
struct PaymentTotalRuleTests {
    static func payment(percent: String? = nil, amount: String? = nil) -> Payment {
        Payment(amount: amount.map { Amount(value: $0, text: $0, location: nil) }, percent: percent, text: "t",
                location: Location(start: 0, end: 1))
    }

    func check(_ payments: [Payment], total: String? = nil) throws -> [String] {
        var contract = Contract(totalAmount: total.map { Amount(value: $0, text: $0, location: nil) }, payments: payments)
        return PaymentTotalRule.apply(to: &contract, from: try analysis("甲方：A\n一、付款\n见下。")).map(\.code)
    }

    @Test("shares adding to 100%, amounts adding to the total: nothing to say")
    func adds() throws {
        #expect(try check([Self.payment(percent: "30"), Self.payment(percent: "40"), Self.payment(percent: "30")]).isEmpty)
        #expect(try check([Self.payment(percent: "12.5"), Self.payment(percent: "87.5")]).isEmpty)
        #expect(try check([Self.payment(amount: "10000.00"), Self.payment(amount: "90000.00")], total: "100000.00").isEmpty)
        #expect(try check([Self.payment(percent: "30")]).isEmpty)  // one instalment: nothing to add up
        #expect(try check([Self.payment(amount: "1.00"), Self.payment(percent: "30")]).isEmpty)  // mixed: not comparable
    }

    @Test("shares or amounts that do not add up are payment-schedule-mismatch")
    func mismatch() throws {
        #expect(try check([Self.payment(percent: "10"), Self.payment(percent: "30"), Self.payment(percent: "50")]) == [PaymentTotalRule.Code.mismatch])
        #expect(try check([Self.payment(amount: "10000.00"), Self.payment(amount: "80000.00")], total: "100000.00") == [PaymentTotalRule.Code.mismatch])
    }
}
