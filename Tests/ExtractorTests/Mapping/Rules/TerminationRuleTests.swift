import Schema
import Testing
@testable import Extractor

@Suite("TerminationRule")
struct TerminationRuleTests {
    @Test("termination granted or denied, and by whom", arguments: [
        ("逾期超过30日的，甲方有权解除合同。", "甲方" as String?, true),
        ("经甲乙双方协商一致，可以解除本合同。", "甲乙双方", true),
        ("未经双方商议并达成共识，任何一方不得提前终止本协议，否则视为违约。", "任何一方", false),
        ("租赁期内，甲方如需提前解除合同，须征得乙方同意，否则做违约处理。", "甲方", false),
        ("任何一方未能履行本合同规定的条款，另一方有权依法提前解除本合同。", "另一方", true),
        ("在下列情况下，甲方不得解除乙方合同：", "甲方", false),
        ("因不可抗力致使合同不能实现合同目的的，当事人有权解除合同。", "当事人", true),
        ("在本协议有效期内，双方可以通过友好协商，对本协议相应条款进行变更或者解除本协议。", "双方", true),
        ("按照《劳动合同法》第三十八条规定，乙方可以随时通知甲方解除本合同。", "乙方", true),
        ("甲方变更服务地点的，双方应当协商解决，协商不成的，乙方可以解除合同。", "乙方", true),
        ("如协议一方不履行本协议的任何条款，守约方可单方面取消本协议。", "守约方", true),
    ])
    func reads(sentence: String, party: String?, permitted: Bool) throws {
        let (c, _) = try applying(TerminationRule.self, to: "甲方：A\n九、合同解除\n\(sentence)")
        #expect(c.termination.count == 1)
        #expect(c.termination.first?.party == party)
        #expect(c.termination.first?.permitted == permitted)
        #expect(c.termination.first?.location != nil)
    }

    @Test("no right stated: a consequence, a service ended, force majeure is no denial", arguments: [
        "合同解除后，双方应在十日内结清费用。",
        "逾期未缴纳费用，乙方有权终止本协议中所提供的服务。",
        "本合同因不可抗力终止的，双方互不承担责任。",
        "因不可归责于乙方的事由，本合同解除或者委托事务不能完成的，委托费用按照约定计算。",
    ])
    func none(sentence: String) throws {
        let (c, _) = try applying(TerminationRule.self, to: "甲方：A\n九、合同解除\n\(sentence)")
        #expect(c.termination.isEmpty)
    }
}
