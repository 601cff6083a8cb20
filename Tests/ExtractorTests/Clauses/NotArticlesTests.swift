import Schema
import Testing
@testable import Extractor

@Suite("What is not an article")
struct NotArticlesTests {
    @Test("a table of contents (目录, dotted leaders, page numbers) is not articles")
    func tableOfContents() throws {
        let r = try parse("""
            某某服务协议
            甲方：某某法院
            目 录
            第一条合同当事人.....\t3
            第二条定义.....\t3
            第三条保密条款\t6
            第一条 合同当事人
            甲方：【某某法院】
            第二条 定义
            第三条 保密条款
            """)
        #expect(r.contracts[0].articles.map(\.label) == ["第一条", "第二条", "第三条"])
        #expect(r.diagnostics.isEmpty)
    }

    @Test("a cover page and 使用说明 before the contract proper are not articles")
    func instructions() throws {
        let r = try parse("""
            GF—2025—1001
            委托合同
            （示范文本）
            使用说明
            一、本合同文本为示范文本。
            二、双方当事人应当仔细阅读。
            六、名词解释
            （一）特别委托：是指委托人委托受托人处理一项事务。
            甲方（委托人）：
            乙方（受托人）：
            第一条 委托事务
            （一）甲方委托乙方处理事务。
            第二条 工作要求
            """)
        let contract = try #require(r.contracts.first)
        #expect(contract.title == "委托合同")
        #expect(contract.articles.map(\.label) == ["第一条", "第二条"])
        #expect(contract.articles[0].children.map(\.label) == ["（一）"])
    }

    @Test("instructions end at the preamble or where their numbering starts again")
    func instructionsEnd() throws {
        let viaPreamble = try parse("技术开发合同\n填写说明\n一、合同登记编号由登记处填写。\n二、按要求填写。\n依据《中华人民共和国民法典》的规定，双方达成如下协议：\n一、标的技术\n二、技术指标")
        #expect(viaPreamble.contracts[0].articles.map(\.heading) == ["标的技术", "技术指标"])
        let viaRestart = try parse("技术开发合同\n填写说明\n一、合同登记编号由登记处填写。\n二、按要求填写。\n一、标的技术\n二、技术指标")
        #expect(viaRestart.contracts[0].articles.map(\.heading) == ["标的技术", "技术指标"])
    }

    @Test("without party lines or 第X条 the body starts at the first label")
    func noParties() throws {
        let r = try parse("房屋租赁合同\n一、租期一年。\n二、租金每月1000元。")
        #expect(r.contracts[0].articles.count == 2)
    }

    @Test("an appended commitment after the signature page is an attachment, not articles")
    func appendedCommitment() throws {
        let r = try parse("""
            某某服务协议
            甲方：某某法院
            乙方：某某公司
            第一条 服务
            14.5 本合同包含以下附件：
            附件一：信息安全责任承诺书
            【签署页】
            甲方：【某某法院】（盖章）
            附件一：
            信息安全责任承诺书
            我单位郑重承诺如下：
            一、遵守国家有关法律。
            二、不利用平台传播有害信息。
            """)
        let contract = try #require(r.contracts.first)
        #expect(r.contracts.count == 1)
        #expect(contract.articles.map(\.label) == ["第一条"])
        #expect(contract.articles[0].children.map(\.path) == ["14.5"])
        #expect(contract.attachments.map(\.label) == ["附件一"])
        #expect(contract.attachments[0].title == "信息安全责任承诺书")
        #expect(contract.attachments[0].present)
    }

    @Test("a listed attachment the file does not hold is not present")
    func missingAttachment() throws {
        let r = try parse("某某合同\n甲方：A\n第一条 附件\n本合同附件如下：\n附件1：报价单\n附件2：技术规格\n【签署页】\n甲方（盖章）：A\n附件1：报价单\n单价100元。")
        let attachments = try #require(r.contracts.first?.attachments)
        #expect(attachments.map(\.label) == ["附件1", "附件2"])
        #expect(attachments.map(\.present) == [true, false])
    }
}

@Suite("Several agreements in one file")
struct ContractSegmenterTests {
    let twoAndSupplement = """
        某某服务协议
        甲方：某某法院
        乙方：某某公司
        第一条 服务内容
        第二条 付款
        【签署页】
        甲方：【某某法院】（盖章）
        某某物联网项目合作合同
        甲方：某某法院（简称“甲方”）
        乙方：某某公司（简称“乙方”）
        第一条 业务范围
        第二条 资费
        本协议包含以下附件：
        附件1：签约场景分类说明
        附件2：补充协议
        【签字页】
        甲方：某某法院(盖章)
        附件1：签约场景分类说明
        序号\t大类
        附件2
        某某物联网项目合同补充协议
        甲方：【某某法院】
        乙方：【某某公司】
        一、在原合同中补充条款。
        二、本合同作为原合同的补充合同。
        甲方（盖章）：某某法院 乙方（盖章）：某某公司
        """

    @Test("a second contract and a supplement are split off, each with its own articles")
    func split() throws {
        let r = try parse(twoAndSupplement)
        #expect(r.contracts.map(\.title) == ["某某服务协议", "某某物联网项目合作合同", "某某物联网项目合同补充协议"])
        #expect(r.contracts.map(\.kind) == [.contract, .contract, .supplement])
        #expect(r.contracts.map { $0.articles.count } == [2, 2, 2])
        #expect(r.contracts[1].attachments.map(\.present) == [true, true])
        #expect(r.contracts[0].attachments.isEmpty)
    }

    @Test("the title repeated on the signature page does not start a new contract")
    func signatureTitle() throws {
        let r = try parse("某某服务协议\n甲方：A\n第一条 服务\n【签署页】\n协议名称：\n某某服务协议\n甲方：【A】（盖章）\n签署日期：【2024.3.11】")
        #expect(r.contracts.count == 1)
    }
}
