import Schema
import Testing
@testable import Extractor

@Suite("PartiesRule")
struct PartiesRuleTests {
    @Test("a party block with its details", arguments: ["甲方", "出租方（甲方）", "甲（供）方"])
    func block(role: String) throws {
        let r = try parse("""
            某某合同
            \(role)：【塔城市公安局】（以下简称“甲方”）
            法定代表/负责人：宿召磊
            地址：塔城市迎宾路27号
            邮箱：19809016077@139.com
            电话：１９８０９０１６０７７
            传真：/
            第一条 合作
            """)
        let p = try #require(r.contracts.first?.parties.first)
        #expect(p.name == "塔城市公安局")
        #expect(p.legalRepresentative == "宿召磊")
        #expect(p.address == "塔城市迎宾路27号")
        #expect(p.email == "19809016077@139.com")
        #expect(p.phone == "19809016077")
        #expect(p.fax == nil)
    }

    @Test("account and notice blocks add to the party they name; an account number loses its spaces")
    func blocks() throws {
        let r = try parse("""
            甲方：A公司
            乙方：B公司
            第七条 付款
            乙方结算账户信息如下：
            账户名称：B公司
            账户号码：4038 9001 0400
            开户行：招商银行
            行号：102901000021
            第十二条 通知
            (1) 如致甲方：
            联系人：俞勃成】
            邮政编码：【132500】
            """)
        let parties = try #require(r.contracts.first?.parties)
        #expect(parties.map(\.role) == ["甲方", "乙方"])
        #expect(parties[1].bankAccounts == [BankAccount(accountName: "B公司", accountNumber: "403890010400", bank: "招商银行", bankCode: "102901000021")])
        #expect(parties[0].contact == "俞勃成")
        #expect(parties[0].postalCode == "132500")
    }

    @Test("a different name for the same role is one party-conflict, the first name stays")
    func conflict() throws {
        let r = try parse("甲方：A\n乙方：中国移动吉林省分公司\n第一条 当事人\n乙方：【中国移动吉林市分公司】\n乙方（盖章）：中国移动吉林市分公司")
        #expect(r.contracts[0].parties[1].name == "中国移动吉林省分公司")
        #expect(r.diagnostics.filter { $0.code == "party-conflict" }.count == 1)
    }

    @Test("two signature entries on one line", arguments: ["甲方（盖章）：蛟河市人民法院 乙方（盖章）：中国移动"])
    func twoOnALine(line: String) throws {
        let r = try parse("某协议\n甲方：蛟河市人民法院\n一、条款\n\(line)")
        #expect(r.contracts[0].parties.first?.name == "蛟河市人民法院")
        #expect(!r.diagnostics.contains { $0.code == "party-conflict" })
    }

    @Test("not parties", arguments: ["甲方应当按时付款。", "本协议甲方：是指…", "如致甲方："])
    func notParties(line: String) throws {
        #expect(try parse("某协议\n\(line)\n一、条款").contracts.first?.parties.isEmpty == true)
    }

    @Test("a template's blank party line is a party with null details",
          arguments: ["甲方：", "甲方：____________", "甲方（委托人）：", "甲方：______________，以下简称甲方。", "甲方：(签字盖章)"])
    func blankTemplate(line: String) throws {
        let p = try #require(try parse("某协议\n\(line)\n一、条款").contracts.first?.parties.first)
        #expect(p.role == "甲方" && p.name == nil)
    }

    @Test("the value in the next table cell")
    func nextCell() throws {
        let p = try #require(try parse("销售合同\n供方：\tLIVE_SDHY\t合同编号：\t001\n一、质量").contracts.first?.parties.first)
        #expect(p.role == "供方" && p.name == "LIVE_SDHY")
    }
}
