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

    @Test("a contact block and a signature table: every cell stated of its party (zhaoxin-license.docx)")
    func contactBlockAndTable() throws {
        let a = try analysis("""
            源码销售合同
            甲方：四川莞蓉科技有限公司
            乙方：山西肇新科技有限公司
            十、争议解决
            甲方联系方式如下：
            联系人：吴世杰\t电子邮箱： wushijie@scwanrong.com
            联系人手机：18980746257\t微信号： wsj18980746257
            乙方联系方式如下：
            联系人：范慧斌\t电子邮箱：fanhuibin@zhaoxinms.com
            十一、生效及其他
            甲方(盖章)： 四川莞蓉科技有限公司
            甲方发票开具信息：
            开户行及账号： 中国民生银行股份有限公司成都锦江支行
            银行账号\t150645726
            乙方(盖章): 山西肇新科技有限公司
            对公账号：485060100100305592
            """)
        let states = a.partyEvents.compactMap { event -> String? in
            if case .states(let role, let kv) = event { return "\(role) \(kv.reading.key) \(kv.reading.value)" }
            return nil
        }
        #expect(states == [
            "甲方 contact 吴世杰", "甲方 email wushijie@scwanrong.com", "甲方 phone 18980746257",
            "乙方 contact 范慧斌", "乙方 email fanhuibin@zhaoxinms.com",
            "甲方 bank 中国民生银行股份有限公司成都锦江支行", "甲方 accountNumber 150645726",
            "乙方 accountNumber 485060100100305592",
        ])
    }

    @Test("a role written before the key states that party's attribute and opens its block (gd-skills-event-scan)")
    func roleBeforeKey() throws {
        let a = try analysis("""
            项目合同
            甲方：广东省人力资源和社会保障厅
            乙方：广州市立昌文化传播有限公司
            二、付款方式
            向乙方支付RMB：18100元。
            乙方收款账号：3602004209200145838
            开户银行：中国工商银行股份有限公司广州新滘支行
            三、时间要求
            开户银行：中国银行某某支行
            1、甲方开户行：招商银行广州分行
            甲方需要时通知乙方。
            """)
        let states = a.partyEvents.compactMap { event -> String? in
            if case .states(let role, let kv) = event { return "\(role) \(kv.reading.key) \(kv.reading.value)" }
            return nil
        }
        #expect(states == [
            "乙方 accountNumber 3602004209200145838", "乙方 bank 中国工商银行股份有限公司广州新滘支行",
            "甲方 bank 招商银行广州分行",
        ])
        // A role that is not followed by a key is no reading: `甲方需要时…`, `乙方支付：…`.
        #expect(KeyValueReader.roleKeyValue(scalars: Array("甲方需要时通知乙方：明天".unicodeScalars)[...]) == nil)
        #expect(KeyValueReader.roleKeyValue(scalars: Array("乙方支付：5000元".unicodeScalars)[...]) == nil)
        #expect(KeyValueReader.roleKeyValue(scalars: Array("乙方开户行：招商银行".unicodeScalars)[...])?.role == "乙方")
    }

    @Test("one pass finds each clause kind's first word in every sentence, as that kind's own word set does",
          arguments: ["seed-000.txt", "seed-001.txt", "gdhyc-coal.txt"])
    func clauseWordsInOnePass(file: String) throws {
        let text = try String(contentsOf: Repo.corpus(file), encoding: .utf8)
        for agreement in try agreements(text) {
            let a = AgreementAnalysis(agreement.text)
            for kind in Lexicon.shared.clauseKindOrder {
                let words = Lexicon.shared.wordSet(kind)
                let own: [String] = a.sentences.compactMap { s in s.first(of: words).map { "\(s.range) \($0.word) \($0.at)" } }
                let indexed: [String] = a.sentences(with: kind).map { "\($0.sentence.range) \($0.word) \($0.at)" }
                #expect(indexed == own, "\(file): \(kind)")
            }
        }
        // The files hold words of most kinds: the comparison is not of empty lists.
        let a = try analysis(text)
        #expect(Lexicon.shared.clauseKindOrder.filter { !a.sentences(with: $0).isEmpty }.count >= 5)
    }

    @Test("a clause kind the lexicon does not have finds nothing")
    func unknownKind() throws {
        #expect(try analysis("第一条 本合同自双方签字之日起生效。").sentences(with: "no-such-kind").isEmpty)
    }
}
