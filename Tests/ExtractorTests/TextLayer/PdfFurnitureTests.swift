import Schema
import Testing
@testable import Extractor

@Suite("Page furniture found by position")
struct PdfFurnitureTests {
    /// Three A4 pages, each with a header, a body line and a footer with a page number cell.
    func pages(header: (Int) -> String = { _ in "某某科技有限公司" }) -> [[SourceLine]] {
        (1...3).map { page in
            var w = GlyphWriter()
            w.write(header(page), x: 200, y: 40)
            w.write("第\(page)条 正文内容在这里继续写下去。", x: 50, y: 300)
            w.write("北京市朝阳区建国路1号", x: 50, y: 800)
            w.write("第 \(page) 页/共 3页", x: 450, y: 800)
            let visual = LineBuilder.lines(from: w.glyphs)
            return PageLines.lines(of: visual, page: page, pitch: 14)
        }
    }

    @Test("a header repeated at the same place leaves the text and is kept with its page")
    func repeatedHeader() {
        let (kept, furniture) = PdfFurniture.separate(pages(), pageHeights: [842, 842, 842])
        #expect(kept.map { $0.map(\.text) } == (1...3).map { ["第\($0)条 正文内容在这里继续写下去。"] })
        #expect(furniture.filter { $0.kind == .header }.map(\.page) == [1, 2, 3])
        #expect(furniture.filter { $0.kind == .footer }.map(\.text) == Array(repeating: "北京市朝阳区建国路1号", count: 3))
        #expect(furniture.filter { $0.kind == .pageNumber }.map(\.text) == ["第1页/共3页", "第2页/共3页", "第3页/共3页"])
    }

    @Test("a header carrying a contract number that changes its digits is still one header")
    func headerWithNumbers() {
        let (_, furniture) = PdfFurniture.separate(pages(header: { "合同编号：HT-2024-00\($0)" }), pageHeights: [842, 842, 842])
        #expect(furniture.filter { $0.kind == .header }.map(\.text) == ["合同编号：HT-2024-001", "合同编号：HT-2024-002", "合同编号：HT-2024-003"])
    }

    @Test("a line in the body band is never furniture, even when repeated")
    func bodyNotFurniture() {
        var all: [[SourceLine]] = []
        for page in 1...3 {
            var w = GlyphWriter()
            w.write("甲方（盖章）：", x: 50, y: 400)
            w.write("正文第\(page)页", x: 50, y: 420)
            all.append(PageLines.lines(of: LineBuilder.lines(from: w.glyphs), page: page, pitch: 14))
        }
        let (kept, furniture) = PdfFurniture.separate(all, pageHeights: [842, 842, 842])
        #expect(furniture.isEmpty)
        #expect(kept.flatMap { $0 }.count == 6)
    }

    @Test("page-number shapes", arguments: [
        ("第 1 页/共 11页", true), ("- 3 -", true), ("3/9", true), ("Page 2 of 9", true), ("共5页 第2页", true),
        ("第3页", true), ("第3页，共9页", true), ("共9页第3页", true), ("— 12 —", true), ("３／９", true), ("PAGE 3/9", true), ("Page 3／9", false),
        ("page 3", true), ("第二页", true), ("第一页/共三页", true), ("- 十二 -", true), ("1\u{20E3}/9", true),
        ("第三条", false), ("2024年", false), ("3.1", false), ("第3页共", false), ("第12345页", false), ("-3", false),
        ("3/", false), ("Pages 3", false), ("Page 3 of", false), ("共9页", false), ("第3页第4页", false),
    ])
    func pageNumberShapes(text: String, isPageNumber: Bool) {
        #expect(PageNumberPattern.matches(text) == isPageNumber)
    }

    @Test("a lone number counts only where position proves it")
    func bareNumbers() {
        #expect(PageNumberPattern.matches("7", allowBare: true))
        #expect(!PageNumberPattern.matches("7", allowBare: false))
        #expect(PageNumberPattern.matches("三", allowBare: true))
        #expect(!PageNumberPattern.matches("三", allowBare: false))
        #expect(!PageNumberPattern.matches("一二三四五", allowBare: true))
    }
}
