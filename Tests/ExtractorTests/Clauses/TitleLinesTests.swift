import Schema
import Testing
@testable import Extractor

/// A title set on two cover lines is one title; a first line that is a name, a date or a
/// sentence is not part of it.
@Suite("Titles on two cover lines")
struct TitleLinesTests {
    static let body = "\n甲方：四川莞蓉科技有限公司\n乙方：山西肇新科技有限公司\n第一条 甲方向乙方购买软件源码。\n"

    @Test("the line that opens the agreement and names what is sold joins the title", arguments: [
        ("肇新合同管理系统\n源码销售合同", "肇新合同管理系统源码销售合同"),
        ("智慧园区一期工程\n施工合同", "智慧园区一期工程施工合同"),
    ])
    func joined(cover: String, title: String) throws {
        let result = try parse(cover + Self.body)
        let contract = try #require(result.contracts.first)
        #expect(contract.title == title)
        // The location spans both lines; the provenance check reads it without the line break.
        let location = try #require(contract.provenance?.title)
        let text = try Extractor().read(data: .init((cover + Self.body).utf8), fileName: "inline.txt").text
        #expect(ProvenanceCheck.comparable(text.slice(location.start..<location.end)) == title)
    }

    @Test("a first line that is a name, a date, a sentence or a title of its own stays out", arguments: [
        ("北京某某科技有限公司\n采购合同", "采购合同"),  // who signs
        ("2024年度\n采购合同", "采购合同"),  // a figure
        ("本合同由双方签订。\n采购合同", "采购合同"),  // punctuation
        ("编号：HT-001\n采购合同", "采购合同"),  // a key
        ("框架协议\n采购合同", "框架协议"),  // a title itself comes first
        ("智慧园区一期工程\n关于智慧园区一期工程智能化系统的设计施工与运维服务合同", "关于智慧园区一期工程智能化系统的设计施工与运维服务合同"),  // a long title
        ("合同编号：001\n智慧园区一期工程\n施工合同", "施工合同"),  // does not open the agreement
    ])
    func kept(cover: String, title: String) throws {
        let result = try parse(cover + Self.body)
        #expect(result.contracts.first?.title == title)
    }
}
