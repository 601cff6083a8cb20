import Schema
import Testing
@testable import Extractor

@Suite("PaymentScheduleRule")
struct PaymentScheduleRuleTests {
    @Test("instalments: share, amount with its 大写, trigger")
    func instalments() throws {
        let (c, _) = try applying(PaymentScheduleRule.self, to: """
            甲方：A
            四、付款方式
            1、合同正式签订后，10个工作日内首付合同总额的10%，金额10,000元，（大写：人民币壹万元整）；
            2、软件全部完成交由甲方测试后，10个工作日内支付合同总额的40%，金额40,000元，（大写：人民币肆万元整）；
            3、验收合格后，甲方支付尾款50%。
            """)
        #expect(c.payments.map(\.percent) == ["10", "40", "50"])
        #expect(c.payments.map { $0.amount?.value } == ["10000.00", "40000.00", nil])
        #expect(c.payments[0].amount?.consistent == true)
        #expect(c.payments[0].trigger == "合同正式签订后")
        #expect(c.payments[2].trigger == "验收合格后")
        #expect(c.payments.allSatisfy { $0.location != nil })
    }

    @Test("one sentence, several instalments")
    func several() throws {
        let (c, _) = try applying(PaymentScheduleRule.self, to: "甲方：A\n四、付款\n甲方按以下方式支付：预付款为合同总价的30%，进度款为40%，尾款为30%。")
        #expect(c.payments.map(\.percent) == ["30", "40", "30"])
    }

    @Test("all at once, and a dated instalment")
    func wholeAndDated() throws {
        let (c, _) = try applying(PaymentScheduleRule.self, to: """
            甲方：A
            四、付款
            本合同签订后5个工作日内甲方向乙方一次性支付全部服务费用。
            """)
        #expect(c.payments.map(\.percent) == ["100"])
        #expect(c.payments[0].trigger == "本合同签订后5个工作日内")
        let (d, _) = try applying(PaymentScheduleRule.self, to: "甲方：A\n四、付款\n甲方应于2024年6月30日前支付第二期款项人民币20000元。")
        #expect(d.payments.first?.date == "2024-06-30")
        #expect(d.payments.first?.amount?.value == "20000.00")
    }

    @Test("rent, penalties, refund formulas, tax rates: no schedule", arguments: [
        "乙方每月支付租金3000元，按季支付。",
        "甲方逾期支付预付款的，每日按未付款的万分之五支付违约金。",
        "已消费金额计算方式为：天数÷总天数×100%×已付费用，一次性支付的退还余额。",
        "价款含13%增值税，甲方凭发票支付。",
        "非乙方原因，甲方辞退乙方，则应一次性结清所有约定工资。",
    ])
    func none(sentence: String) throws {
        let (c, _) = try applying(PaymentScheduleRule.self, to: "甲方：A\n四、付款\n\(sentence)")
        #expect(c.payments.isEmpty)
    }
}
