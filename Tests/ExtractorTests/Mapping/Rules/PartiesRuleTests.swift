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

    @Test("two signature entries on one line", arguments: [
        "甲方（盖章）：蛟河市人民法院 乙方（盖章）：中国移动",
        // PP-OCR on seed-001-scan.pdf's last page: the gap between the two columns not read
        "甲方（盖章）：蛟河市人民法院乙方（盖章）：中国移动通信集团吉林有限公司吉林市分公司",
        "甲方（盖章）：蛟河市人民法院乙方签字：",
    ])
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

    @Test("signature lines name their role", arguments: ["甲方签字：", "甲方签名:_____", "甲方代表签字：", "甲方（签章）："])
    func signatureLine(line: String) throws {
        let p = try #require(try parse("某协议\n一、条款\n\(line)").contracts.first?.parties.first)
        #expect(p.role == "甲方" && p.name == nil)
    }

    @Test("two party cells on one line, and a role that names its alias")
    func cellsAndAliases() throws {
        let lease = try parse("房屋租赁合同\n业主(简称甲方):_______________\t租户(简称乙方)：________________\n一、房屋\n甲方签名:____\t乙方签名:____")
        #expect(lease.contracts[0].parties.map(\.role) == ["业主", "租户"])
        let shop = try parse("房屋租赁合同\n出租方：(甲方)\t身份证号：\n承租方：(乙方)\n第一条 房屋\n甲方: (签字盖章)\t乙方：(签字盖章)")
        #expect(shop.contracts[0].parties.map(\.role) == ["出租方", "承租方"])
    }

    @Test("a value ends where the next key begins; a template placeholder is no value")
    func embeddedKeyAndPlaceholder() throws {
        let r = try parse("某协议\n一、条款\n丙方(盖章) :香河永盛房地产经纪有限公司经办人:______\n甲方：{{封面_甲方名称}}\n电话：{{甲方联系电话}}")
        let parties = r.contracts[0].parties
        #expect(parties.map(\.name) == ["香河永盛房地产经纪有限公司", nil])
        #expect(parties[1].phone == nil)
    }

    @Test("a signature block continued on the next page without its roles: column by column")
    func continuedColumns() throws {
        let text = "甲方（公章）：A公司\n开户行：农行\n乙方（公章）：B公司\n开户行：招行\n\n\n经办人：兰丹\n电话：0592-7616162\n经办人：渠一一\n电话：0592-7616188"
        // Page boundaries come from the location: a PDF's second page starts at `经办人`.
        let lines = ParsedLine.lines(of: NormalizedText(lines: textLines(text), glyphs: nil, scalarStarts: nil))
        let page2 = lines.first { $0.text.hasPrefix("经办人") }!.range.lowerBound
        let contract = ContractText(lines: LineSelection(lines), allLines: LineSelection(lines), furniture: []) {
            Location(start: $0.lowerBound, end: $0.upperBound, page: $0.lowerBound < page2 ? 1 : 2, bbox: nil)
        }
        var record = Contract(title: nil)
        _ = PartiesRule.apply(to: &record, from: AgreementAnalysis(contract))
        #expect(record.parties.map(\.contact) == ["兰丹", "渠一一"])
        #expect(record.parties.map(\.phone) == ["0592-7616162", "0592-7616188"])
        // Without a page break the running role keeps them (one party, the first contact).
        let onePage = ContractText(lines: LineSelection(lines), allLines: LineSelection(lines), furniture: []) { Location(start: $0.lowerBound, end: $0.upperBound) }
        var plain = Contract(title: nil)
        _ = PartiesRule.apply(to: &plain, from: AgreementAnalysis(onePage))
        #expect(plain.parties.map(\.contact) == [nil, "兰丹"])
    }
}
