@testable import Extractor
import Foundation
import Schema
import Testing

/// What a DOCX shows besides plain runs: tables, headers and footers, text boxes, content
/// controls, tracked changes, fields, breaks and tabs — and where each character came from.
@Suite("DOCX content")
struct DocxContentTests {
    typealias F = DocxFixture

    /// The code-point offset of `needle` in `text`.
    static func offset(of needle: String, in text: String) -> Int? {
        let hay = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        guard hay.count >= n.count else { return nil }
        return (0...(hay.count - n.count)).first { Array(hay[$0..<($0 + n.count)]) == n }
    }

    static func cell(_ text: String, _ properties: String = "") -> String {
        "<w:tc>\(properties.isEmpty ? "" : "<w:tcPr>\(properties)</w:tcPr>")\(F.p(text))</w:tc>"
    }

    @Test("a table row is one line, cells joined by a tab; gridSpan counts columns, a vMerge continuation is empty")
    func tables() throws {
        let rows = "<w:tr>" + Self.cell("序号") + Self.cell("名称") + Self.cell("金额") + "</w:tr>"
            + "<w:tr>" + Self.cell("1", "<w:vMerge w:val=\"restart\"/>") + Self.cell("服务器", "<w:gridSpan w:val=\"2\"/>") + "</w:tr>"
            + "<w:tr>" + Self.cell("", "<w:vMerge/>") + Self.cell("交换机") + Self.cell("300") + "</w:tr>"
        let doc = try F(body: "<w:tbl>\(rows)</w:tbl>" + F.p("以下无正文")).document()
        #expect(doc.text.string == "序号\t名称\t金额\n1\t服务器\n交换机\t300\n以下无正文")
        #expect(doc.text.lines.prefix(2).allSatisfy { $0.isTableRow })
        // 交换机 sits in row 3, grid column 2 (column 1 is the merged cell).
        let start = try #require(Self.offset(of: "交换机", in: doc.text.string))
        let location = doc.text.location(of: start..<(start + 3))
        #expect(location.cell == TableCellPosition(table: 1, row: 3, column: 2))
        #expect(location.page == nil && location.bbox == nil)
        #expect(location.paragraph == 7)
    }

    @Test("the record's tables come from DOCX rows") func recordTables() throws {
        let rows = "<w:tr>" + Self.cell("货物") + Self.cell("数量") + "</w:tr><w:tr>" + Self.cell("钢材") + Self.cell("10吨") + "</w:tr>"
        let body = F.p("买卖合同") + F.p("第一条 标的") + "<w:tbl>\(rows)</w:tbl>"
        let result = Extractor().result(of: try F(body: body).document())
        #expect(result.contracts.first?.tables.first?.rows == [["货物", "数量"], ["钢材", "10吨"]])
    }

    @Test("a paragraph's location names the paragraph; page and bbox are null") func paragraphLocation() throws {
        let doc = try F(body: F.p("第一段") + F.p("第二段")).document()
        let location = doc.text.location(of: 4..<7)
        #expect(doc.text.slice(4..<7) == "第二段")
        #expect(location == Location(start: 4, end: 7, page: nil, bbox: nil, paragraph: 2, cell: nil))
        #expect(doc.source.format == .docx && doc.source.pageCount == nil && doc.source.pages.isEmpty)
    }

    @Test("headers and footers go to source.pageFurniture, not the text") func furniture() throws {
        let doc = try F(body: F.p("正文"), headers: [F.p("合同编号：HT-2024-001")], footers: [F.p("第 1 页")]).document()
        #expect(doc.text.string == "正文")
        #expect(doc.source.pageFurniture == [PageFurniture(page: 1, kind: .header, text: "合同编号：HT-2024-001"),
                                             PageFurniture(page: 1, kind: .footer, text: "第 1 页")])
    }

    @Test("a text box's paragraphs are read; the VML fallback copy is not") func textBoxes() throws {
        let box = "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>"
            + F.p("甲方盖章处") + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
            + F.p("甲方盖章处") + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>签字页</w:t></w:r></w:p>"
        #expect(try F(body: box).text() == "甲方盖章处\n签字页")
    }

    @Test("a content control showing its placeholder is a blank; a filled one is its value") func contentControls() throws {
        let placeholder = "<w:p><w:r><w:t>合同编号：</w:t></w:r><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>请在此处输入合同编号</w:t></w:r></w:sdtContent></w:sdt></w:p>"
        let filled = "<w:p><w:r><w:t>甲方：</w:t></w:r><w:sdt><w:sdtPr></w:sdtPr><w:sdtContent><w:r><w:t>四川某科技有限公司</w:t></w:r></w:sdtContent></w:sdt></w:p>"
        let glued = "<w:p><w:r><w:t>甲方：四川某科技有限公司</w:t></w:r><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>请在此处输入合同编号</w:t></w:r></w:sdtContent></w:sdt></w:p>"
        #expect(try F(body: placeholder + filled + glued).text() == "合同编号：____\n甲方：四川某科技有限公司\n甲方：四川某科技有限公司")
    }

    @Test("tracked changes read as accepted: insertions kept, deletions dropped") func trackedChanges() throws {
        let body = "<w:p><w:r><w:t>租金为</w:t></w:r><w:del w:id=\"1\"><w:r><w:delText>5000</w:delText></w:r></w:del><w:ins w:id=\"2\"><w:r><w:t>6000</w:t></w:r></w:ins><w:r><w:t>元</w:t></w:r></w:p>"
            + "<w:p><w:moveFrom><w:r><w:t>旧位置</w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t>新位置</w:t></w:r></w:moveTo></w:p>"
        #expect(try F(body: body).text() == "租金为6000元\n新位置")
    }

    @Test("fields show their result, never their instruction") func fields() throws {
        let complex = "<w:p><w:r><w:t>签订日期：</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DATE \\@ \"yyyy年M月d日\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2024年3月1日</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
        let simple = "<w:p><w:r><w:t>第</w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>3</w:t></w:r></w:fldSimple><w:r><w:t>页</w:t></w:r></w:p>"
        #expect(try F(body: complex + simple).text() == "签订日期：2024年3月1日\n第3页")
    }

    @Test("w:br starts a new line of the same paragraph; w:tab is a tab; hidden runs are not shown") func breaksAndTabs() throws {
        let body = "<w:p><w:r><w:t>甲方：某公司</w:t><w:br/><w:t>地址：北京</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"4000\"/></w:tabs></w:pPr><w:r><w:t>电话：</w:t><w:tab/><w:t>传真：</w:t></w:r>"
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r></w:p>"
        let doc = try F(body: body).document()
        #expect(doc.text.string == "甲方：某公司\n地址：北京\n电话：\t传真：")
        #expect(doc.text.location(of: 7..<12).paragraph == 1)
    }

    @Test("a form's long blank before the next field reads as a tab; a filled-in amount closes up") func gaps() throws {
        let body = F.p("电话：          传真：") + F.p("租金￥ 1350   元整")
        #expect(try F(body: body).text() == "电话：\t传真：\n租金￥1350元整")
    }

    @Test("a two-party block laid out as a table is read party by party") func partyTable() throws {
        let row = { (a: String, b: String) in "<w:tr>" + Self.cell(a) + Self.cell(b) + "</w:tr>" }
        let body = "<w:tbl>" + row("甲方：北京甲公司", "乙方：上海乙公司") + row("地址：北京", "地址：上海") + "</w:tbl>"
        #expect(try F(body: body).text() == "甲方：北京甲公司\n地址：北京\n乙方：上海乙公司\n地址：上海")
    }

    @Test("the same DOCX gives the same record bytes") func deterministic() throws {
        let data = try F(body: F.p("买卖合同") + F.p("第一条 标的"), headers: [F.p("页眉")]).data
        let a = try JSONCoding.encode(Extractor().extract(data: data, fileName: "a.docx"))
        let b = try JSONCoding.encode(Extractor().extract(data: data, fileName: "a.docx"))
        #expect(a == b)
    }
}
