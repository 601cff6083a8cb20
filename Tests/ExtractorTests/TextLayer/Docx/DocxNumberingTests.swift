@testable import Extractor
import Foundation
import Testing

/// Word's automatic numbering rendered as Word shows it: the numbers are not in the text, so
/// without this a DOCX has no articles. One test per numbering feature, each on a DOCX built here.
@Suite("DOCX numbering")
struct DocxNumberingTests {
    typealias F = DocxFixture

    /// The lines of a one-level list of three items in `format` with `text`.
    static func three(_ format: String, _ text: String, start: Int = 1) throws -> [String] {
        let doc = F(body: F.item("甲", num: 1) + F.item("乙", num: 1) + F.item("丙", num: 1),
                    numbering: F.list(abstract: 0, levels: [(format, text, start)], nums: [1]))
        return try doc.text().components(separatedBy: "\n")
    }

    /// The text's lines without spaces (whether one stays after a label is the whitespace
    /// normalizer's business, not numbering's).
    static func lines(_ doc: DocxFixture) throws -> [String] {
        try doc.text().components(separatedBy: "\n").map { $0.replacingOccurrences(of: " ", with: "") }
    }

    @Test("decimal with lvlText %1.") func decimal() throws {
        #expect(try Self.three("decimal", "%1.") == ["1. 甲", "2. 乙", "3. 丙"])
    }

    @Test("chineseCounting 第%1条 → 第一条 …") func chineseCounting() throws {
        #expect(try Self.three("chineseCounting", "第%1条") == ["第一条 甲", "第二条 乙", "第三条 丙"])
        #expect(NumberFormat.render(11, format: "chineseCounting") == "十一")
        #expect(NumberFormat.render(20, format: "chineseCounting") == "二十")
    }

    @Test("chineseCountingThousand %1、 with start 10 → 十、十一、十二") func chineseCountingThousand() throws {
        #expect(try Self.three("chineseCountingThousand", "%1、", start: 10) == ["十、甲", "十一、乙", "十二、丙"])
        #expect(NumberFormat.render(101, format: "chineseCountingThousand") == "一百零一")
        #expect(NumberFormat.render(110, format: "chineseCountingThousand") == "一百一十")
    }

    @Test("ideographTraditional 甲乙丙") func ideographTraditional() throws {
        #expect(try Self.three("ideographTraditional", "%1、") == ["甲、甲", "乙、乙", "丙、丙"])
    }

    @Test("upper and lower letter, 27 → AA") func letters() throws {
        #expect(try Self.three("upperLetter", "%1.") == ["A. 甲", "B. 乙", "C. 丙"])
        #expect(try Self.three("lowerLetter", "(%1)") == ["(a) 甲", "(b) 乙", "(c) 丙"])
        #expect(NumberFormat.render(27, format: "upperLetter") == "AA")
    }

    @Test("upper and lower roman") func roman() throws {
        #expect(try Self.three("upperRoman", "%1.", start: 3) == ["III. 甲", "IV. 乙", "V. 丙"])
        #expect(try Self.three("lowerRoman", "%1)", start: 8) == ["viii) 甲", "ix) 乙", "x) 丙"])
    }

    @Test("full-width digits decimalFullWidth （%1）") func fullWidth() throws {
        #expect(try Self.three("decimalFullWidth", "（%1）", start: 9) == ["（９）甲", "（１０）乙", "（１１）丙"])
    }

    @Test("start: the first item shows the level's start value") func start() throws {
        #expect(try Self.three("decimal", "%1、", start: 5) == ["5、甲", "6、乙", "7、丙"])
    }

    @Test("multi-level %1.%2, and a lower level restarts after a higher one") func multiLevelAndRestart() throws {
        let list = F.list(abstract: 0, levels: [("decimal", "%1.", 1), ("decimal", "%1.%2", 1)], nums: [1])
        let body = F.item("总则", num: 1) + F.item("甲", num: 1, ilvl: 1) + F.item("乙", num: 1, ilvl: 1)
            + F.item("价款", num: 1) + F.item("丙", num: 1, ilvl: 1)
        #expect(try Self.lines(F(body: body, numbering: list)) == ["1.总则", "1.1甲", "1.2乙", "2.价款", "2.1丙"])
    }

    @Test("%1 in a lower level's text is shown in level 1's format, unless the level is legal (isLgl)")
    func inheritedFormat() throws {
        let list = F.list(abstract: 0, levels: [("chineseCounting", "第%1章", 1), ("decimal", "%1.%2", 1)], nums: [1])
        let body = F.item("总则", num: 1) + F.item("甲", num: 1, ilvl: 1)
        #expect(try Self.lines(F(body: body, numbering: list)) == ["第一章总则", "一.1甲"])
        let legal = list.replacingOccurrences(of: "<w:lvl w:ilvl=\"1\">", with: "<w:lvl w:ilvl=\"1\"><w:isLgl/>")
        #expect(try Self.lines(F(body: body, numbering: legal)) == ["第一章总则", "1.1甲"])
    }

    @Test("a level-1 item before any level-0 item counts level 0 at its start") func phantomLevel() throws {
        let list = F.list(abstract: 0, levels: [("decimal", "%1", 1), ("decimal", "%1.%2", 1)], nums: [1])
        let body = F.item("甲", num: 1, ilvl: 1) + F.item("乙", num: 1) + F.item("丙", num: 1, ilvl: 1)
        #expect(try Self.lines(F(body: body, numbering: list)) == ["1.1甲", "2乙", "2.1丙"])
    }

    @Test("lvlOverride/startOverride restarts a list; another instance of the same list continues it")
    func startOverride() throws {
        let list = F.list(abstract: 0, levels: [("decimal", "%1、", 1)], nums: [1, 3])
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        let body = F.item("甲", num: 1) + F.item("乙", num: 1) + F.item("丙", num: 2) + F.item("丁", num: 3)
        #expect(try F(body: body, numbering: list).text().components(separatedBy: "\n") == ["1、甲", "2、乙", "1、丙", "2、丁"])
    }

    @Test("lvlOverride with its own w:lvl replaces the level's format") func levelOverride() throws {
        let list = F.list(abstract: 0, levels: [("decimal", "%1.", 1)], nums: [1])
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%1）\"/></w:lvl></w:lvlOverride></w:num>"
        #expect(try F(body: F.item("甲", num: 2), numbering: list).text() == "（一）甲")
    }

    @Test("suffix: tab and space give a space, nothing gives nothing") func suffix() throws {
        let list = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"第%1条\"/><w:suff w:val=\"nothing\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        #expect(try F(body: F.item("标的", num: 1), numbering: list).text() == "第一条标的")
    }

    @Test("numbering from the paragraph style (w:pStyle → w:numPr, through basedOn); numId 0 switches it off")
    func styleNumbering() throws {
        let styles = "<w:style w:type=\"paragraph\" w:styleId=\"Base\"><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Article\"><w:basedOn w:val=\"Base\"/></w:style>"
        let list = F.list(abstract: 0, levels: [("chineseCounting", "第%1条", 1)], nums: [1])
        let body = F.p("定义", "<w:pStyle w:val=\"Article\"/>") + F.p("不编号", "<w:pStyle w:val=\"Article\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>")
            + F.p("价款", "<w:pStyle w:val=\"Article\"/>")
        #expect(try F(body: body, numbering: list, styles: styles).text().components(separatedBy: "\n") == ["第一条 定义", "不编号", "第二条 价款"])
    }

    @Test("the rendered labels make articles") func articles() throws {
        let list = F.list(abstract: 0, levels: [("chineseCounting", "第%1条", 1)], nums: [1])
        let body = F.p("买卖合同") + F.item("标的", num: 1) + F.p("甲方向乙方购买设备。") + F.item("价款", num: 1) + F.p("总价100元。")
        let doc = try F(body: body, numbering: list).document()
        let result = Extractor().result(of: doc)
        #expect(result.contracts.first?.articles.map(\.label) == ["第一条", "第二条"])
        #expect(result.contracts.first?.articles.map(\.heading) == ["标的", "价款"])
    }
}
