import Testing
@testable import Extractor

/// Repairs of what chi_sim does to the seed scans (each example is a real misreading of
/// corpus/seed-000-scan.pdf or seed-001-scan.pdf).
@Suite("OCR repairs")
struct OCRGlyphsTests {
    func repaired(_ text: String) -> String {
        String(String.UnicodeScalarView(OCRGlyphs.repaired(Array(text.unicodeScalars))))
    }

    @Test("what is repaired", arguments: [
        ("重议期内〈三个月内)", "重议期内（三个月内）"),         // 〈 for （, then the pair matches
        ("甲方付费方式为:【集团付费】", "甲方付费方式为：【集团付费】"),
        ("(1）计费标准", "（1）计费标准"),                         // half an ASCII pair
        ("账号：【0802270109200688321]", "账号：【0802270109200688321】"),
        ("合同编号：【新移塔分政企产品协议[2024]01865号】", "合同编号：【新移塔分政企产品协议[2024]01865号】"),
        ("账号：【0802270109200688321]】", "账号：【0802270109200688321 】"), // the bracket read twice
        ("电话：0592一7616162", "电话：0592-7616162"),
        ("(#482190元)", "（￥482190元）"),                         // ￥ read as #; 元） makes the pair full-width
        ("邮箱：18843200630@139.c0m", "邮箱：18843200630@139.com"),  // PP-OCR, seed-001-scan.pdf
        // PP-OCR on the fax copy of fadada-lease-sample.pdf (150 dpi, 1-bit; make bench-scans):
        ("自2020年1月2具起至2029年1月5H止", "自2020年1月2日起至2029年1月5日止"),
        ("乙方每1个月支付-次，第-次租金", "乙方每1个月支付一次，第一次租金"),
        ("每月1000.元人民币", "每月1000 元人民币"),
        // PP-OCR on the fax copy of seed-000.pdf:
        ("6、申方应保证业务申请登记资料", "6、甲方应保证业务申请登记资料"),
        ("合同编号：【新移塔分政企产品协议[2024】01865号】", "合同编号：【新移塔分政企产品协议[2024]01865号】"),
        ("甲方委托单位代付往来款项，Z方可按照", "甲方委托单位代付往来款项，乙方可按照"),
        // PP-OCR on gd-skills-event-scan:
        ("（大写：人民币壹万捌任壹佰元整）", "（大写：人民币壹万捌仟壹佰元整）"),
        ("叁什元整", "叁仟元整"), ("伍任零伍拾元", "伍仟零伍拾元"),
    ])
    func repairs(raw: String, fixed: String) {
        #expect(repaired(raw) == fixed)
    }

    @Test("what is left alone", arguments: [
        "二〇二四年三月十一日", "十一、其他", "Global Creditech PTE Ltd", "1,234.56元", "(1) 数据服务", "Cat. 1", "0.29/M", "91110000MA0A1B2C3D", "a10b",
        "重申方案", "申请", "【甲[1】", "[2024】01865号】", "【甲[1】【乙】", "型号AZ方", "H股", "1月份具体安排", "第12月目标", "12H", "型号A-B", "GB-T", "1,000.00元", "1.5万元",
        "担任", "责任", "什么", "第叁任董事", "伍任期", "肆拾制万贰什喜佰玖拾元整",
    ])
    func untouched(text: String) {
        #expect(repaired(text) == text)
    }

    /// Symbols of one line of text, 10 pt apart, from x = 0; `lineBreakBefore` indices start the
    /// next line below.
    func line(_ text: String, lineBreakBefore: Set<Int> = []) -> [OCRSymbol] {
        var x = 0.0, y = 0.0
        return text.unicodeScalars.enumerated().map { k, c in
            if lineBreakBefore.contains(k) { x = 0; y += 20 }
            defer { x += 10 }
            return OCRSymbol(scalar: c, rect: Rect(x0: x, y0: y, x1: x + 9, y1: y + 10), confidence: 90, startsWord: false)
        }
    }

    func kept(_ text: String, lineBreakBefore: Set<Int> = []) -> String {
        String(scalars: OCRGlyphs.withoutSpecks(line(text, lineBreakBefore: lineBreakBefore)).map(\.scalar))
    }

    @Test("specks read as punctuation are dropped (PP-OCR on the fax copy of seed-000.pdf)", arguments: [
        ("地址：塔城市迎宾路27号.", "地址：塔城市迎宾路27号"),
        ("开户行：/.", "开户行：/"),
        ("合同编号：：【新移塔分政企产品协议[2024]01865号】", "合同编号：【新移塔分政企产品协议[2024]01865号】"),
        ("联系人等相关信.息", "联系人等相关信息"),
        ("包括但不限于公司名称、账户、·通讯地址", "包括但不限于公司名称、账户、通讯地址"),
        ("【集团付费】·（集团付费/个人付费）", "【集团付费】（集团付费/个人付费）"),
        ("甲方将发票交回乙方进行返销、作废或冲红的情况除外。：", "甲方将发票交回乙方进行返销、作废或冲红的情况除外。"),
    ])
    func specks(raw: String, fixed: String) {
        #expect(kept(raw) == fixed)
    }

    @Test("points and dots that belong to the text stay", arguments: [
        "1. 危害国家安全", "Global Creditech PTE. Ltd.", "0.29/M", "约翰·史密斯", "网址：www.10086.cn", "第3.2条", "时间：10:30",
    ])
    func notSpecks(text: String) {
        #expect(kept(text) == text)
    }

    @Test("a point that ends a line only when the line ends there")
    func lineEnds() {
        // `甲方.` then `1、…` on the next line: the point ended its line after 方, a speck.
        #expect(kept("甲方.1、付款", lineBreakBefore: [3]) == "甲方1、付款")
        // The same point with the text going on to its right on the same line is no line end.
        #expect(kept("合同.pdf") == "合同.pdf")
    }

    @Test("spaces only between ASCII words; every glyph marked as OCR'd")
    func spaces() {
        func symbol(_ c: Unicode.Scalar, word: Bool) -> OCRSymbol {
            .init(scalar: c, rect: Rect(x0: 0, y0: 0, x1: 1, y1: 1), confidence: 90, startsWord: word)
        }
        let symbols = [symbol("协", word: true), symbol("议", word: false), symbol("[", word: true), symbol("2", word: false),
                       symbol("0", word: true), symbol("C", word: true), symbol("a", word: false), symbol("t", word: false),
                       symbol("1", word: true)]
        let glyphs = OCRGlyphs.glyphs(from: symbols, firstIndex: 10, page: 1).glyphs
        #expect(glyphs.map(\.spaceBefore) == [false, false, false, false, true, true, false, false, true])
        #expect(glyphs.allSatisfy(\.ocr) && glyphs.map(\.index) == Array(10..<19))
    }
}

@Suite("Which pages go to OCR")
struct TextLayerQualityTests {
    func glyphs(_ text: String) -> [Glyph] {
        text.unicodeScalars.enumerated().map { Glyph(scalar: $1, rect: Rect(x0: Double($0), y0: 0, x1: Double($0) + 1, y1: 1), index: Int32($0)) }
    }

    @Test("verdicts on the glyphs alone")
    func verdicts() {
        #expect(TextLayerQuality.needsOCR([]) == nil)  // the ink decides
        #expect(TextLayerQuality.needsOCR(glyphs(String(repeating: "甲方应当按时付款。", count: 5))) == false)
        // Kangxi radicals standing in for 一 二 人, private-use glyphs, U+FFFD, `(cid:…)`.
        #expect(TextLayerQuality.needsOCR(glyphs("第⼀条 ⼆⼈合同⽅式" + String(repeating: "甲方应当", count: 4))) == true)
        #expect(TextLayerQuality.needsOCR(glyphs(String(repeating: "\u{E001}\u{E002}甲方乙方", count: 6))) == true)
        #expect(TextLayerQuality.needsOCR(glyphs(String(repeating: "\u{FFFD}合同", count: 10))) == true)
        #expect(TextLayerQuality.needsOCR(glyphs("(cid:12)(cid:40)" + String(repeating: "甲方", count: 20))) == true)
        // A handful of characters: only the page's ink can tell.
        #expect(TextLayerQuality.needsOCR(glyphs("第 3 页")) == nil)
    }

    @Test("ink: a blank page is not a scan, a page of text is")
    func ink() {
        #expect(!TextLayerQuality.isMostlyInk(GrayImage(width: 10, height: 10, pixels: Array(repeating: 255, count: 100), dpi: 36)))
        var page = Array(repeating: UInt8(255), count: 1000)
        for k in stride(from: 0, to: 1000, by: 17) { page[k] = 120 }  // 5.9% grey: a scanned title page
        #expect(TextLayerQuality.isMostlyInk(GrayImage(width: 100, height: 10, pixels: page, dpi: 36)))
        page = Array(repeating: UInt8(255), count: 1000)
        page[500] = 0  // a page number's worth
        #expect(!TextLayerQuality.isMostlyInk(GrayImage(width: 100, height: 10, pixels: page, dpi: 36)))
    }
}
