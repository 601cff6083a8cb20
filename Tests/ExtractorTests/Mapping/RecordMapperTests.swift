import Schema
import Testing
import TestSupport
@testable import Extractor

/// The mapper's phases: order inside a phase does not matter.
@Suite("RecordMapper")
struct RecordMapperTests {
    /// Deterministic arrangements of a phase: as declared, reversed, every rotation, and a few
    /// seeded shuffles.
    static func arrangements(_ count: Int) -> [[Int]] {
        var out = [Array(0..<count), Array((0..<count).reversed())]
        for r in 1..<max(count, 1) { out.append(Array(r..<count) + Array(0..<r)) }
        var seed: UInt64 = 0x9E3779B97F4A7C15
        for _ in 0..<5 {
            var order = Array(0..<count)
            for i in stride(from: count - 1, to: 0, by: -1) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                order.swapAt(i, Int(seed >> 33) % (i + 1))
            }
            out.append(order)
        }
        return out
    }

    static func sameRecordInEveryOrder(_ agreements: [ParsedAgreement]) {
        for agreement in agreements {
            let (expected, diagnostics) = RecordMapper.map(agreement)
            for k in 0..<arrangements(7).count {
                let (record, found) = RecordMapper.map(agreement) { phase in
                    let orders = arrangements(phase.count)
                    return orders[k % orders.count].map { phase[$0] }
                }
                #expect(record == expected)
                #expect(found == diagnostics)
            }
        }
    }

    static let documents = [
        """
        技术服务合同
        合同编号：JS-2024-017
        委托方（甲方）：某某科技有限公司
        法定代表人：王五
        地址：北京市海淀区中关村大街1号
        服务方（乙方）：某某信息技术有限公司
        统一社会信用代码：91110108MA01ABCD1X
        第一条 服务期限
        服务期限为【2】年，自2024年1月1日起至2025年12月31日止。期满自动续期一年。
        第二条 费用
        服务费总额为人民币壹拾万元整（¥100000元）。
        第三条 争议
        因本合同引起的争议，向甲方所在地人民法院提起诉讼。
        第四条 其他
        本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。
        甲方（盖章）：某某科技有限公司
        乙方（盖章）：某某信息技术有限公司
        签订日期：2023年12月20日
        """,
        """
        保证合同
        债权人：某某银行股份有限公司北京分行
        负责人：赵六
        保证人：某某担保有限公司
        法定代表人：钱七
        联系电话：0592-761
        第一条 保证期间
        保证期间为主债务履行期届满之日起【三】年。
        第二条 其他
        本合同一式三份，双方各执一份。
        """,
        """
        设备买卖合同
        合同编号：MM-2025-008	签订地点：江苏省苏州市工业园区
        出卖人：苏州某某机械有限公司
        买受人：无锡某某制造有限公司
        第一条 价款
        合同总价为人民币贰拾万元整（¥200000元）。
        第二条 付款
        1、合同签订后5个工作日内，买受人支付合同总价的30%作为预付款，即¥60000元；
        2、设备验收合格后10日内，买受人支付合同总价的60%；
        3、质保金为合同总价的10%，质保期满后一次付清。
        第三条 交货与质量
        出卖人应于收到预付款后45日内交货。设备质保期为验收合格之日起18个月。
        第四条 违约责任
        买受人逾期付款的，每逾期一日，应按逾期付款金额的万分之五向出卖人支付违约金，累计不超过合同总价的5%。
        出卖人逾期交货的，应按合同总价的10%向买受人支付违约金。
        第五条 保密
        双方的保密义务在本合同终止后三年内持续有效。
        第六条 解除
        出卖人逾期交货超过30日的，买受人有权解除本合同。未经对方书面同意，任何一方不得单方解除本合同。
        第七条 法律适用
        本合同的订立、履行和解释均适用中华人民共和国法律。
        """,
    ]

    @Test("each phase's rules in any order give the same record and diagnostics (inline documents)")
    func inlineDocuments() throws {
        for text in Self.documents { Self.sameRecordInEveryOrder(try agreements(text)) }
    }

    @Test("each phase's rules in any order give the same record (corpus text documents)", .slowLane,
          arguments: ["seed-000.txt", "seed-001.txt", "gdhyc-coal.txt"])
    func corpus(name: String) throws {
        let document = try Extractor().read(contentsOf: Repo.corpus(name))
        Self.sameRecordInEveryOrder(ClauseParser(text: document.text, furniture: document.source.pageFurniture).parse())
    }

    @Test("new wordings: a guarantee's 债权人/保证人 and a service contract's 委托方（甲方）/服务方（乙方）")
    func wordings() throws {
        let service = try parse(Self.documents[0]).contracts[0]
        #expect(service.parties.map(\.role) == ["委托方", "服务方"])
        #expect(service.parties.map(\.name) == ["某某科技有限公司", "某某信息技术有限公司"])
        #expect(service.parties[0].legalRepresentative == "王五")
        #expect(service.copies == Copies(total: 4, perParty: ["甲方": 2, "乙方": 2]))
        #expect(service.term.months == 24)
        #expect(service.totalAmount?.value == "100000.00")
        let guarantee = try parse(Self.documents[1])
        let g = guarantee.contracts[0]
        #expect(g.parties.map(\.role) == ["债权人", "保证人"])
        #expect(g.parties.map(\.legalRepresentative) == ["赵六", "钱七"])
        #expect(g.copies == Copies(total: 3, perParty: ["债权人": 1, "保证人": 1]))
        #expect(guarantee.diagnostics.map(\.code).contains("invalid-phone"))
    }

    @Test("new clauses in a hand-written sales contract: place, schedule adding to 100%, penalties, periods, termination, law")
    func clauses() throws {
        let r = try parse(Self.documents[2])
        let c = r.contracts[0]
        #expect(c.parties.map(\.role) == ["出卖人", "买受人"])
        #expect(c.placeOfSigning == "江苏省苏州市工业园区")
        #expect(c.payments.map(\.percent) == ["30", "60", "10"])
        #expect(c.payments[0].amount?.value == "60000.00")
        #expect(c.payments[0].trigger == "合同签订后5个工作日内")
        #expect(c.penalties.map(\.rate) == ["0.05%", "10%"])
        #expect(c.penalties.map(\.payer) == ["买受人", "出卖人"])
        #expect(c.penalties[0].per == .day)
        #expect(c.penalties[0].cap == "合同总价的5%")
        #expect(c.deliveryPeriod?.days == 45)
        #expect(c.warrantyPeriod?.months == 18)
        #expect(c.confidentiality?.months == 36)
        #expect(c.termination.map(\.permitted) == [true, false])
        #expect(c.termination.map(\.party) == ["买受人", "任何一方"])
        #expect(c.governingLaw == "中华人民共和国法律")
        #expect(!r.diagnostics.map(\.code).contains(PaymentTotalRule.Code.mismatch))
    }
}
