import Schema
import Testing
@testable import Extractor

@Suite("DisputeRule")
struct DisputeRuleTests {
    @Test("litigation or arbitration and the venue", arguments: [
        ("协商不成，任何一方可向乙方所在地有管辖权的人民法院提起诉讼。", DisputeResolution.Method.litigation, "乙方所在地有管辖权的人民法院" as String?),
        ("发生争议的，由合同签约地人民法院管辖诉讼解决。", .litigation, "合同签约地人民法院"),
        ("因本合同引起的争议，提交【北京】仲裁委员会仲裁。", .arbitration, "北京仲裁委员会"),
        ("协商不成时，甲、乙双方可向人民法院起诉。", .litigation, nil),
        ("如果协商不成，任何一方均可以在瑞安市人民法院提起诉讼。", .litigation, "瑞安市人民法院"),
    ])
    func method(sentence: String, method: DisputeResolution.Method, venue: String?) throws {
        let c = try #require(try parse("甲方：A\n八、争议解决\n\(sentence)").contracts.first)
        #expect(c.disputeResolution.method == method)
        #expect(c.disputeResolution.venue == venue)
    }

    @Test("a choice list resolves to the chosen option")
    func choice() throws {
        let c = try #require(try parse("""
            甲方：A
            第八条 争议解决
            3、如果双方通过协商不能解决争议，则各方同意按下列第【2】种方式解决：
            (1) 将该争议提交至【吉林】仲裁委员会。
            (2) 向乙方所在地有管辖权的人民法院提起诉讼，败诉方应支付双方的费用。
            """).contracts.first)
        #expect(c.disputeResolution == DisputeResolution(method: .litigation, venue: "乙方所在地有管辖权的人民法院"))
    }

    @Test("an unfilled choice is null, and dispute-ambiguous", arguments: [
        "任何一方均可通过以下第____种方式解决：\n1.向____人民法院提起民事诉讼；\n2.向____仲裁委员会提请仲裁。",
        "双方一致同意选择下列第种方式（单选）解决：\n1.依法向\t仲裁委员会申请仲裁。\n2.依法向\t人民法院提起诉讼。",
    ])
    func unfilled(clause: String) throws {
        let r = try parse("甲方：A\n第十五条 争议解决\n\(clause)")
        #expect(r.contracts[0].disputeResolution == DisputeResolution())
        #expect(r.diagnostics.map(\.code) == ["dispute-ambiguous"])
    }

    @Test("a choice of something else is no dispute choice")
    func otherChoice() throws {
        let r = try parse("甲方：A\n第二条 委托\n委托采取以下第\t种方式。\n1.特别委托\n2.一般委托\n第三条 争议\n协商不成的，向甲方所在地人民法院提起诉讼。")
        #expect(r.contracts[0].disputeResolution == DisputeResolution(method: .litigation, venue: "甲方所在地人民法院"))
        #expect(r.diagnostics.isEmpty)
    }

    @Test("arbitration or litigation offered without a choice is dispute-ambiguous")
    func ambiguous() throws {
        let r = try parse("甲方：A\n第十条 争议\n协商不成时，可向经济合同仲裁委员会申请仲裁，也可向人民法院起诉。")
        #expect(r.contracts[0].disputeResolution.method == nil)
        #expect(r.diagnostics.map(\.code) == ["dispute-ambiguous"])
    }

    @Test("no dispute clause, no value", arguments: ["本合同一式两份。", "乙方应协助甲方应诉。"])
    func none(sentence: String) throws {
        let c = try #require(try parse("甲方：A\n一、其他\n\(sentence)").contracts.first)
        #expect(c.disputeResolution == DisputeResolution())
    }
}
