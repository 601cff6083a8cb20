import Schema
import Testing
@testable import Extractor

@Suite("DeliveryPeriodRule")
struct DeliveryPeriodRuleTests {
    @Test("delivery periods: a key, or delivering within a period", arguments: [
        ("交货期：合同签订后30日内。", "合同签订后30日内", nil as Int?, 30 as Int?),
        ("乙方应于合同签订后三个工作日内送货至甲方指定地点。", "合同签订后三个工作日内", nil, 3),
        ("乙方应在收到预付款后15天内交货。", "收到预付款后15天内", nil, 15),
        ("交货日期：双方签定合同之日起，甲方5个工作日内发货。", "5个工作日内", nil, 5),
        ("供货期为2个月。", "2个月", 2, nil),
        ("乙方保证于本合同签著之日起10天内，将甲方采购的物品全部送达指定地点并安装。", "10天内", nil, 10),
    ])
    func reads(sentence: String, text: String, months: Int?, days: Int?) throws {
        let (c, found) = try applying(DeliveryPeriodRule.self, to: "甲方：A\n三、交付\n\(sentence)")
        #expect(c.deliveryPeriod?.text == text)
        #expect(c.deliveryPeriod?.months == months)
        #expect(c.deliveryPeriod?.days == days)
        #expect(c.deliveryPeriod?.location != nil)
        #expect(found.isEmpty)
    }

    @Test("no delivery period: a payment within days, a delivery without one", arguments: [
        "甲方应于收到发票后10日内付款。",
        "乙方负责将货物运至甲方仓库。",
    ])
    func none(sentence: String) throws {
        let (c, _) = try applying(DeliveryPeriodRule.self, to: "甲方：A\n三、交付\n\(sentence)")
        #expect(c.deliveryPeriod == nil)
    }

    @Test("a delivery period left blank is delivery-period-blank")
    func blank() throws {
        let (c, found) = try applying(DeliveryPeriodRule.self, to: "甲方：A\n三、交付\n交货期限：合同签订后【 】日内。")
        #expect(c.deliveryPeriod == nil)
        #expect(found.map(\.code) == [DeliveryPeriodRule.Code.blank])
    }
}
