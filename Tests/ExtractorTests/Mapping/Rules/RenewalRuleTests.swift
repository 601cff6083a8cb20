import Schema
import Testing
@testable import Extractor

@Suite("RenewalRule")
struct RenewalRuleTests {
    @Test("renewal granted or denied", arguments: [
        ("租赁期满，乙方如需续租，应提前三个月书面通知甲方。", "乙方" as String?, true),
        ("由于生产、工作需要，甲乙双方协商同意，可以续订合同。", "甲乙双方", true),
        ("合同期满后，如甲方仍继续出租房屋的，乙方拥有优先承租权。", "乙方", true),
        ("本合同到期后，甲方有权收回房屋，是否续租由甲乙双方协商。", "甲乙双方", true),
        ("如双方均未提出异议，则本协议期限自动顺延一年。", nil, true),
        ("本合同期满后不再续签。", nil, false),
        ("本合同期满不自动续期。", nil, false),
    ])
    func reads(sentence: String, party: String?, permitted: Bool) throws {
        let (c, _) = try applying(RenewalRule.self, to: "甲方：A\n二、期限\n\(sentence)")
        #expect(c.renewal.count == 1)
        #expect(c.renewal.first?.party == party)
        #expect(c.renewal.first?.permitted == permitted)
        #expect(c.renewal.first?.location != nil)
    }

    @Test("renewal mentioned without a right: none", arguments: [
        "续签合同的条款另行约定。",
        "本合同期满后，双方另行协商。",
    ])
    func none(sentence: String) throws {
        let (c, _) = try applying(RenewalRule.self, to: "甲方：A\n二、期限\n\(sentence)")
        #expect(c.renewal.isEmpty)
    }
}
