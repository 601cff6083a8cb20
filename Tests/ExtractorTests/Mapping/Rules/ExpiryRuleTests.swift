import Schema
import Testing
@testable import Extractor

@Suite("ExpiryRule")
struct ExpiryRuleTests {
    @Test("the end of a term stated as a span of dates; a term in months has none")
    func expires() throws {
        var contract = Contract()
        contract.term.text = "自双方签字盖章之日起至2025年07月31日"
        let (dated, _) = try applying(ExpiryRule.self, to: "甲方：A\n第一条 期限", on: contract)
        #expect(dated.dates.expires == "2025-07-31")
        contract.term.text = "【12】个月"
        let (months, _) = try applying(ExpiryRule.self, to: "甲方：A\n第一条 期限", on: contract)
        #expect(months.dates.expires == nil)
    }
}
