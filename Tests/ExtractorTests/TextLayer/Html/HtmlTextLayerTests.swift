@testable import Extractor
import Foundation
import Schema
import Testing

/// HTML contract pages: text by block structure, tables as rows, nothing from head, style,
/// script or comments, the charset from the BOM or the meta tag.
@Suite("HTML text layer")
struct HtmlTextLayerTests {
    static func read(_ html: String, encoding: String.Encoding = .utf8) throws -> TextDocument {
        try Extractor().read(data: html.data(using: encoding)!, fileName: "page.html")
    }

    @Test("blocks are lines; style, script, head and comments give no text; entities are decoded")
    func blocks() throws {
        let html = """
        <!DOCTYPE html><html><head><title>标题不算</title><style>p.MsoNormal{margin:0cm;font-family:"宋体"}</style>
        <script>var a = "<p>脚本</p>";</script></head><body><!-- 注释 <p>不算</p> -->
        <h1>买卖合同</h1><p>甲方：&nbsp;某公司&amp;子公司</p><div>第一条&#12288;标的<br>第二行</div>
        <p>价款&#x4E3A;100元 &lt;含税&gt;</p></body></html>
        """
        let doc = try Self.read(html)
        #expect(doc.text.string == "买卖合同\n甲方： 某公司&子公司\n第一条 标的\n第二行\n价款为100元 <含税>")
        #expect(doc.source.format == .html && doc.source.encoding == "UTF-8")
        #expect(doc.text.location(of: 5..<8).paragraph == 2)
    }

    @Test("tables are rows of cells; colspan counts columns; a cell's location names it")
    func tables() throws {
        let html = "<table><tr><th>货物</th><th colspan=2>数量与单价</th><th>备注</th></tr><tr><td>钢材</td><td>10吨</td><td>500元</td><td><input type=text value=\"现货\"></td></tr></table>"
        let doc = try Self.read(html)
        #expect(doc.text.string == "货物\t数量与单价\t备注\n钢材\t10吨\t500元\t现货")
        let start = "货物\t数量与单价\t备注\n钢材\t10吨\t".unicodeScalars.count
        #expect(doc.text.location(of: start..<(start + 4)).cell == TableCellPosition(table: 1, row: 2, column: 3))
    }

    @Test("the charset comes from the meta tag (GB2312 → GB18030) or the BOM")
    func charset() throws {
        // 甲方：北京某公司 in GB2312.
        let han: [UInt8] = [0xBC, 0xD7, 0xB7, 0xBD, 0xA3, 0xBA, 0xB1, 0xB1, 0xBE, 0xA9, 0xC4, 0xB3, 0xB9, 0xAB, 0xCB, 0xBE]
        let gb = Data("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>".utf8)
            + Data(han) + Data("</p></body></html>".utf8)
        let doc = try Extractor().read(data: gb, fileName: "gb.htm")
        #expect(doc.text.string == "甲方：北京某公司")
        #expect(doc.source.encoding == "GB18030")
        let bom = Data([0xEF, 0xBB, 0xBF]) + Data("<p>乙方：上海</p>".utf8)
        #expect(try Extractor().read(data: bom, fileName: "x.html").text.string == "乙方：上海")
    }

    @Test("a CSS-heavy page yields its contract, not its markup")
    func noMarkup() throws {
        let css = String(repeating: "p.MsoNormal, li.MsoNormal {margin:0cm; font-size:10.5pt;}\n", count: 2000)
        let result = try Extractor().extract(data: Data("<html><head><style>\(css)</style></head><body><p>租赁合同</p><p>第一条 租金</p><p>每月1000元。</p></body></html>".utf8), fileName: "lease.html")
        #expect(result.contracts.first?.title == "租赁合同")
        #expect(result.contracts.first?.articles.map(\.label) == ["第一条"])
        #expect(try JSONCoding.encode(result).count < 8000)
    }

    @Test("corpus gdhyc-coal: the HTML and its text twin give the same articles and title")
    func htmlAndTextTwin() throws {
        func articles(_ a: [Article]) -> [String] { a.flatMap { ["\($0.path)|\($0.label)|\($0.heading ?? "")"] + articles($0.children) } }
        let html = try Extractor().extract(contentsOf: Repo.corpus("gdhyc-coal.html"))
        let text = try Extractor().extract(contentsOf: Repo.corpus("gdhyc-coal.txt"))
        #expect(html.contracts.count == 1 && text.contracts.count == 1)
        #expect(articles(html.contracts[0].articles) == articles(text.contracts[0].articles))
        #expect(articles(html.contracts[0].articles).count == 28)
        #expect(html.contracts[0].title == text.contracts[0].title)
        #expect(html.contracts[0].parties.map(\.name) == text.contracts[0].parties.map(\.name))
    }
}
