import Schema
import Testing
@testable import Extractor

@Suite("TermRule")
struct TermRuleTests {
    @Test("durations", arguments: [
        ("本协议履行期限为（三）年，自双方签字之日起生效。", "（三）年", 36),
        ("合同期限为【三】年。", "三年", 36),
        ("服务期限为3年。", "3年", 36),
        ("租赁期共【12】个月。", "12个月", 12),
        ("合作期限为十八个月。", "十八个月", 18),
    ])
    func durations(sentence: String, text: String, months: Int) throws {
        let c = try #require(try parse("甲方：A\n一、期限\n\(sentence)").contracts.first)
        #expect(c.term.text == text)
        #expect(c.term.months == months)
        #expect(c.term.autoRenewal == nil)
    }

    @Test("a term from … to … is kept as written, without a month count")
    func span() throws {
        let c = try #require(try parse("甲方：A\n九、协议期限\n本协议有效期自双方签字盖章之日起至【2025年07月31日】。").contracts.first)
        #expect(c.term.text == "自双方签字盖章之日起至2025年07月31日")
        #expect(c.term.months == nil)
        let lease = try #require(try parse("甲方：A\n三、租期：自2020年1月2日起至2029年1月5日止。租赁期满，乙方应如期归还。").contracts.first)
        #expect(lease.term.text == "自2020年1月2日起至2029年1月5日止")
        #expect(lease.dates.expires == "2029-01-05")
    }

    @Test("automatic renewal", arguments: [
        ("如任何一方未提出终止，本协议自动延期一年。", 12),
        ("期满自动顺延【一】年。", 12),
        ("期满后自动续期6个月。", 6),
    ])
    func renewal(sentence: String, months: Int) throws {
        let c = try #require(try parse("甲方：A\n一、期限\n\(sentence)").contracts.first)
        #expect(c.term.autoRenewal == true)
        #expect(c.term.renewalMonths == months)
    }

    @Test("no term", arguments: ["保密义务在合同终止后三年内有效。", "乙方应在90日内完成交付。", "期限为____年。"])
    func none(sentence: String) throws {
        let c = try #require(try parse("甲方：A\n一、其他\n\(sentence)").contracts.first)
        #expect(c.term.months == nil && c.term.text == nil && c.term.autoRenewal == nil)
    }
}

@Suite("TermRule: spans and years")
struct TermRuleSpanTests {
    @Test("a date range after the key is the term as written, not a duration of 2020 years")
    func dateRange() throws {
        let c = try #require(try parse("甲方：A\n一、期限\n有效期限：2020年3月1日至2020年10月1日。").contracts.first)
        #expect(c.term.text == "2020年3月1日至2020年10月1日")
        #expect(c.term.months == 7)
        #expect(c.dates.expires == "2020-10-01")
    }

    @Test("a span between two dates counts its months when it is whole months", arguments: [
        ("2017-09-21", "2018-06-20", 9 as Int?), ("2024-01-01", "2024-12-31", 12), ("2024-01-01", "2025-01-01", 12),
        ("2024-03-11", "2027-03-10", 36), ("2020-01-02", "2029-01-05", nil), ("2025-07-31", "2024-07-31", nil),
    ])
    func wholeMonths(start: String, end: String, months: Int?) {
        #expect(TermRule.months(from: start, to: end) == months)
    }

    @Test("the Guangzhou lease: 租赁期限自2017年9月21日至2018年6月20日止 is 9 months")
    func leaseSpan() throws {
        let c = try #require(try parse("出租方：A\n第三条 租赁期限\n租赁期限自2017年9月21日至2018年6月20日止。").contracts.first)
        #expect(c.term.text == "自2017年9月21日至2018年6月20日止" && c.term.months == 9)
    }

    @Test("不自动续期 is no automatic renewal of the term")
    func notAutomatic() throws {
        let (c, _) = try applying(TermRule.self, to: "甲方：A\n二、期限\n本合同期限为一年，期满不自动续期。")
        #expect(c.term.autoRenewal == nil)
        #expect(c.term.months == 12)
    }
}
