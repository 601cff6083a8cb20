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
    ])
    func repairs(raw: String, fixed: String) {
        #expect(repaired(raw) == fixed)
    }

    @Test("what is left alone", arguments: [
        "二〇二四年三月十一日", "十一、其他", "Global Creditech PTE Ltd", "1,234.56元", "(1) 数据服务", "Cat. 1", "0.29/M", "91110000MA0A1B2C3D", "a10b",
    ])
    func untouched(text: String) {
        #expect(repaired(text) == text)
    }

    @Test("spaces only between ASCII words; every glyph marked as OCR'd")
    func spaces() {
        func symbol(_ c: Unicode.Scalar, word: Bool) -> OCRSymbol {
            .init(scalar: c, rect: Rect(x0: 0, y0: 0, x1: 1, y1: 1), confidence: 90, startsWord: word)
        }
        let symbols = [symbol("协", word: true), symbol("议", word: false), symbol("[", word: true), symbol("2", word: false),
                       symbol("0", word: true), symbol("C", word: true), symbol("a", word: false), symbol("t", word: false),
                       symbol("1", word: true)]
        let glyphs = OCRGlyphs.glyphs(from: symbols, firstIndex: 10)
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
