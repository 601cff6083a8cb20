import Schema
import Testing
@testable import Extractor

@Suite("AgreementAnalysis")
struct AgreementAnalysisTests {
    @Test("key：value lines carry the party they sit under; numbered articles end a party's block")
    func partyContext() throws {
        let a = try analysis("""
            借款合同
            贷款人：某某银行股份有限公司
            负责人：李四
            借款人：张三
            身份证号码：110101199001011234
            手机号码：13800138000
            第一条 借款金额
            联系电话：010-88888888
            """)
        let states = a.partyEvents.compactMap { event -> (String, PartyKey)? in
            if case .states(let role, let kv) = event { return (role, kv.reading.key) }
            return nil
        }
        #expect(states.map(\.0) == ["贷款人", "借款人", "借款人"])
        #expect(states.map(\.1) == [.legalRepresentative, .idNumber, .phone])
        #expect(a.partyRoles == ["贷款人", "借款人"])
        // The line after 第一条 is read, but belongs to no party.
        #expect(a.keyValues.map(\.reading.key).last == .phone && a.keyValues.count == 4)
    }

    @Test("a role named only by a block counts when something is stated of it")
    func blockRoles() throws {
        let empty = try analysis("甲方：A公司\n第一条 通知\n如致乙方：\n第二条 其他")
        #expect(empty.partyRoles == ["甲方"])
        let stated = try analysis("甲方：A公司\n第一条 付款\n乙方账户信息：\n开户行：招商银行\n第二条 其他")
        #expect(stated.partyRoles == ["甲方", "乙方"])
    }
}
