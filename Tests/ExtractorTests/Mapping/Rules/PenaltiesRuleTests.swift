import Schema
import Testing
@testable import Extractor

@Suite("PenaltiesRule")
struct PenaltiesRuleTests {
    @Test("a rate, how it accrues, its base, who pays", arguments: [
        ("乙方应按合同总价款的20%向甲方支付违约金。", "20%", nil as Penalty.Accrual?, "合同总价款" as String?, "乙方" as String?),
        ("甲方逾期付款的，每逾期一天，应按逾期金额的5‱（万分之五）向乙方支付违约金。", "0.05%", .day, "逾期金额", "甲方"),
        ("每逾期1天，乙方应按合同总价的千分之三每日计算违约金。", "0.3%", .day, "合同总价", "乙方"),
        ("甲方每日按全部欠费金额的0.1‰向乙方支付滞纳金。", "0.01%", .day, "全部欠费金额", "甲方"),
        // A multiple is its percentage of the base.
        ("乙方逾期支付租金的，应按应付租金的2倍向甲方支付违约金。", "200%", nil, "应付租金", "乙方"),
        ("甲方应按定金的双倍支付违约金。", "200%", nil, "定金", "甲方"),
        ("甲方应按中国人民银行同期贷款利率的1.5倍向乙方支付违约金。", "150%", nil, "中国人民银行同期贷款利率", "甲方"),
        ("则每逾期一天，甲方应向乙方支付相当于逾期部分金额千分之三的违约金。", "0.3%", .day, "逾期部分金额", "甲方"),
        ("乙方应向甲方支付合同总价20%的违约金。", "20%", nil, "合同总价", "乙方"),
        ("每逾期一日，甲方按本合同总金额的千份之五作为滞纳金。", "0.5%", .day, "本合同总金额", "甲方"),
        // A party inside the base is not the payer (yuanding-labor.pdf p. 11).
        ("乙方不履行规定义务的，应当承担违约责任，违约金需一次性向甲方支付,违约金额为乙方离开甲方上年度的薪酬总额的3倍。",
         "300%", nil, "乙方离开甲方上年度的薪酬总额", "乙方"),
        ("甲方逾期退还押金的，应按乙方已付押金的20%支付违约金。", "20%", nil, "乙方已付押金", "甲方"),
        // Only the base names a party: that party, as before.
        ("违约金为乙方年薪的2倍。", "200%", nil, "乙方年薪", "乙方"),
    ])
    func rate(sentence: String, rate: String, per: Penalty.Accrual?, base: String?, payer: String?) throws {
        let (c, found) = try applying(PenaltiesRule.self, to: "甲方：A\n九、违约责任\n\(sentence)")
        let p = try #require(c.penalties.first)
        #expect(p.rate == rate)
        #expect(p.per == per)
        #expect(p.base == base)
        #expect(p.payer == payer)
        #expect(p.location != nil)
        #expect(found.isEmpty)
    }

    @Test("a fixed amount, and a cap")
    func amountAndCap() throws {
        let (c, _) = try applying(PenaltiesRule.self, to: """
            甲方：A
            九、违约责任
            违约方应向守约方支付违约金5000元。
            乙方逾期交货的，每日按合同总价的万分之五支付违约金，累计不超过合同总价的10%。
            """)
        #expect(c.penalties.count == 2)
        #expect(c.penalties[0].amount?.value == "5000.00")
        #expect(c.penalties[0].rate == nil)
        #expect(c.penalties[0].payer == "违约方")
        #expect(c.penalties[1].rate == "0.05%")
        #expect(c.penalties[1].cap == "合同总价的10%")
    }

    @Test("no figure, a tax rate, no penalty word: no penalty", arguments: [
        "违约方应支付违约金并赔偿损失。",
        "价格含6%增值税，违约金另计。",
        "乙方应按合同总价的10%缴纳履约保证金。",
        "违约金另计，加倍赔偿损失。",       // 加倍 is no figure
        "乙方应赔偿甲方损失的2倍。",         // a multiple, but no penalty word
    ])
    func none(sentence: String) throws {
        let (c, found) = try applying(PenaltiesRule.self, to: "甲方：A\n九、违约责任\n\(sentence)")
        #expect(c.penalties.isEmpty)
        #expect(found.isEmpty)
    }

    @Test("a rate left blank in the form is penalty-blank")
    func blank() throws {
        let (c, found) = try applying(PenaltiesRule.self, to: "甲方：A\n九、违约责任\n乙方逾期交租的，每日按租金的____%支付违约金。")
        #expect(c.penalties.isEmpty)
        #expect(found.map(\.code) == [PenaltiesRule.Code.blank])
    }
}

extension PenaltiesRuleTests {
    @Test("a photo's wording: 违约费用, a rate in words, a cap 以…为限")
    func photoWording() throws {
        let (c, _) = try applying(PenaltiesRule.self, to: """
            甲方：A
            四、违约责任
            否则要承担相应的违约费用即合同金额的20%。
            每日向甲方支付延迟交货部分货款的百分之三的违约金，此项违约金额以通期移交物品部分货款总值的百分之五十为限度。
            """)
        #expect(c.penalties.map(\.rate) == ["20%", "3%"])
        #expect(c.penalties.map(\.base) == ["合同金额", "延迟交货部分货款"])
        #expect(c.penalties[1].cap == "通期移交物品部分货款总值的百分之五十")
        #expect(c.penalties[1].per == .day)
    }
}
