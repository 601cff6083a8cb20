import Schema
import Testing
@testable import Extractor

@Suite("DatesRule and DateReader")
struct DatesRuleTests {
    @Test("date forms", arguments: [
        ("2024.3.11", "2024-03-11"), ("2024年3月11日", "2024-03-11"), ("2024-03-11", "2024-03-11"),
        ("2024/3/11", "2024-03-11"), ("二〇二四年三月十一日", "2024-03-11"), ("【2025年07月31日】", "2025-07-31"),
        ("2020 年 1 月 2 日", "2020-01-02"), ("２０２４．３．１１", "2024-03-11"), ("2024年2月29日", "2024-02-29"),
    ])
    func forms(text: String, iso: String) {
        #expect(DateReader.dates(in: Array(text.unicodeScalars)).map(\.iso) == [iso])
    }

    @Test("not dates", arguments: ["2024年13月1日", "2023年2月29日", "2024年4月31日", "48.219", "192.168.60.6", "年月日", "1.1.1"])
    func notDates(text: String) {
        #expect(DateReader.dates(in: Array(text.unicodeScalars)).isEmpty)
    }

    @Test("signed is the latest signing date before the attachments; effective on signature follows it")
    func signedAndEffective() throws {
        let r = try parse("""
            某某协议
            甲方：A
            第一条 生效
            本协议自双方签字盖章之日起生效。
            【签署页】
            甲方（盖章）：A
            签署日期：【2024.3.10】
            乙方（盖章）：B
            签署日期：【2024.3.11】
            附件一：
            承诺书
            日期：2024.3.1
            """)
        #expect(r.contracts[0].dates.signed == "2024-03-11")
        #expect(r.contracts[0].dates.effective == "2024-03-11")
    }

    @Test("an explicit effective date; a blank signing date stays null")
    func explicitEffective() throws {
        let c = try #require(try parse("甲方：A\n一、生效\n本合同自2024年1月1日起生效。\n甲方（盖章）：A\n日期：年月日").contracts.first)
        #expect(c.dates.effective == "2024-01-01")
        #expect(c.dates.signed == nil)
    }

    @Test("expiring before signing is a date-order diagnostic")
    func dateOrder() throws {
        let r = try parse("甲方：A\n一、期限\n本协议有效期自签字之日起至2023年12月31日止。\n签订日期：2024年3月11日")
        #expect(r.contracts[0].dates.expires == "2023-12-31")
        #expect(r.diagnostics.map(\.code) == ["date-order"])
    }
}
