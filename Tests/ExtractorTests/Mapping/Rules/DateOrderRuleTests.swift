import Schema
import Testing
@testable import Extractor

@Suite("DateOrderRule")
struct DateOrderRuleTests {
    @Test("a contract that expires before it is signed is reported; one in order is not")
    func order() throws {
        var contract = Contract()
        contract.dates = ContractDates(signed: "2024-03-11", effective: nil, expires: "2024-01-31")
        let (_, found) = try applying(DateOrderRule.self, to: "甲方：A", on: contract)
        #expect(found.map(\.code) == [DateOrderRule.Code.order])
        contract.dates.expires = "2025-01-31"
        #expect(try applying(DateOrderRule.self, to: "甲方：A", on: contract).1.isEmpty)
    }
}
