import Schema
import Testing
@testable import Extractor

@Suite("WarrantyPeriodRule")
struct WarrantyPeriodRuleTests {
    @Test("warranty periods", arguments: [
        ("质保期为验收合格之日起12个月。", "验收合格之日起12个月", 12 as Int?, nil as Int?),
        ("产品保修期：壹年。", "壹年", 12, nil),
        ("质量保证期为【24】个月，自安装调试完毕之日起算。", "24个月", 24, nil),
        ("保修期为交付后90天。", "交付后90天", nil, 90),
        ("乙方提供的产品为全国联保一年。", "一年", 12, nil),
    ])
    func warranty(sentence: String, text: String, months: Int?, days: Int?) throws {
        let (c, found) = try applying(WarrantyPeriodRule.self, to: "甲方：A\n五、质量保证\n\(sentence)")
        #expect(c.warrantyPeriod?.text == text)
        #expect(c.warrantyPeriod?.months == months)
        #expect(c.warrantyPeriod?.days == days)
        #expect(c.warrantyPeriod?.location != nil)
        #expect(found.isEmpty)
    }

    @Test("not a warranty period: during it, after it, or none stated", arguments: [
        "在质保期内，乙方应于收到甲方通知后3日内免费维修。",
        "质保期满且运行无问题，甲方出具《质保期满验收合格证明》后5个工作日内支付质保金。",
        "乙方提供三包服务。",
    ])
    func none(sentence: String) throws {
        let (c, found) = try applying(WarrantyPeriodRule.self, to: "甲方：A\n五、质量保证\n\(sentence)")
        #expect(c.warrantyPeriod == nil)
        #expect(found.isEmpty)
    }

    @Test("a warranty period left blank is warranty-period-blank")
    func blank() throws {
        let (c, found) = try applying(WarrantyPeriodRule.self, to: "甲方：A\n五、质量保证\n保修期为______个月。")
        #expect(c.warrantyPeriod == nil)
        #expect(found.map(\.code) == [WarrantyPeriodRule.Code.blank])
    }
}
