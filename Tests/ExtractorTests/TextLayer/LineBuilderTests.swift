import Testing
@testable import Extractor

@Suite("Lines from glyph geometry")
struct LineBuilderTests {
    @Test("glyphs are grouped by baseline and read left to right, whatever the stream order")
    func baselineGrouping() {
        var w = GlyphWriter()
        w.write("第二行", x: 50, y: 120)
        w.write("第一行", x: 50, y: 100)
        w.write("尾", x: 80, y: 101)  // same line, slightly lower baseline, written last
        #expect(layout(w.glyphs) == ["第一行尾", "第二行"])
    }

    @Test("letter-spaced CJK closes up: 劳 动 合 同 书 → 劳动合同书")
    func letterSpacedTitle() {
        var w = GlyphWriter()
        w.write("劳动合同书", x: 200, y: 100, tracking: 25)  // gaps wider than a cell gap
        w.write("甲方：某某公司", x: 50, y: 140)
        #expect(layout(w.glyphs) == ["劳动合同书", "甲方：某某公司"])
    }

    @Test("small letter spacing in labels closes up too: 公 司 地 址 → 公司地址")
    func spacedLabel() {
        var w = GlyphWriter()
        w.write("公司地址", x: 50, y: 100, tracking: 4)
        w.write("：北京", x: 50 + 4 * 14, y: 100)
        #expect(layout(w.glyphs) == ["公司地址：北京"])
    }

    @Test("no space between CJK and digits even where poppler leaves a gap: 年 1 月 → 年1月")
    func digitsInCJK() {
        var w = GlyphWriter()
        w.write("2024年", x: 50, y: 100)
        w.write("3", x: 50 + 20 + 10 + 4, y: 100)   // gap of 4pt before the digit
        w.write("月", x: 50 + 20 + 10 + 4 + 5 + 4, y: 100)
        #expect(layout(w.glyphs) == ["2024年3月"])
    }

    @Test("Latin words keep their spaces; CJK next to Latin keeps a visible gap")
    func latinSpacing() {
        var w = GlyphWriter()
        w.write("Global Creditech PTE Ltd", x: 50, y: 100)
        w.write("含 Cat. 1", x: 50, y: 120)
        #expect(layout(w.glyphs) == ["Global Creditech PTE Ltd", "含 Cat. 1"])
    }

    @Test("a glyph drawn twice to fake bold is kept once")
    func overprint() {
        var w = GlyphWriter()
        w.write("合同", x: 50, y: 100)
        w.write("合同", x: 50.3, y: 100.2)
        #expect(layout(w.glyphs) == ["合同"])
    }

    @Test("wrapped CJK lines of one paragraph join without a space; a new paragraph does not")
    func wrappedParagraph() {
        var w = GlyphWriter()
        // Text block 50...250 (20 CJK per line), pitch 14.
        w.write("甲方应于合同签订之日起十日内向乙方支付首", x: 50, y: 100)
        w.write("期款项，逾期按日支付违约金。", x: 50, y: 114)
        w.write("乙方收到款项后开具发票并交付设备和资料。", x: 50, y: 142)
        w.write("付款方式为银行转账。", x: 70, y: 156)  // indented: a new paragraph
        w.write("丙方负责监督合同的履行情况并每月向双方", x: 50, y: 184)
        #expect(layout(w.glyphs) == [
            "甲方应于合同签订之日起十日内向乙方支付首期款项，逾期按日支付违约金。",
            "乙方收到款项后开具发票并交付设备和资料。",
            "付款方式为银行转账。",
            "丙方负责监督合同的履行情况并每月向双方",
        ])
    }

    @Test("a full line followed by a numbered item is not joined to it")
    func fullLineThenItem() {
        var w = GlyphWriter()
        w.write("本合同一式四份，甲乙双方各执两份，具有同等法律效力之文", x: 50, y: 100)
        w.write("2、本合同自双方签字盖章之日起生效。", x: 50, y: 114)
        w.write("3、未尽事宜由双方协商解决并签订补充协议约定为准备好的", x: 50, y: 128)
        #expect(layout(w.glyphs).count == 3)
    }
}
