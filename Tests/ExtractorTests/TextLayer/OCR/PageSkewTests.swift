import Schema
import Testing
@testable import Extractor

@Suite("Slanted OCR pages are laid out straight")
struct PageSkewTests {
    /// Lines written along a slope, one glyph per character in reading order as an OCR engine
    /// gives them; `jitter` moves every other glyph up or down by that much (box noise).
    func page(_ lines: [String], slope: Double, pitch: Double = 14, jitter: Double = 0) -> [Glyph] {
        var glyphs: [Glyph] = []
        for (n, text) in lines.enumerated() {
            for (k, scalar) in text.unicodeScalars.enumerated() {
                let x = 50 + Double(k) * 10
                let y = 100 + Double(n) * pitch + slope * (x - 50) + (k % 2 == 0 ? jitter : -jitter)
                glyphs.append(Glyph(scalar: scalar, rect: Rect(x0: x, y0: y, x1: x + 10, y1: y + 10),
                                    index: Int32(glyphs.count), ocr: true))
            }
        }
        return glyphs
    }

    /// The page's visual lines as the line builder groups them, left to right.
    func rows(_ glyphs: [Glyph]) -> [String] {
        LineBuilder.lines(from: glyphs).map { String(scalars: $0.glyphs.map(\.scalar)) }
    }

    let text = ["甲方：塔城市公安局，地址：塔城市迎宾路二十七号，电话号码一二三四五六七。",
                "乙方：中国移动通信集团新疆有限公司塔城地区分公司，地址：塔尔巴哈台南路。",
                "双方本着平等互利、共同发展的原则，经友好协商，就物联网事宜达成以下协议。"]

    @Test("a page 3° off: each line comes out whole, where grouping by height alone mixed them")
    func threeDegrees() {
        let glyphs = page(text, slope: 0.0524)  // the right end sinks 18 pt, more than the 14 pt pitch
        #expect(abs(PageSkew.slope(of: glyphs) - 0.0524) < 0.002)
        #expect(rows(PageSkew.straightened(glyphs)) == text)
        #expect(rows(glyphs) != text)
    }

    @Test("rising to the right (a negative slope) too")
    func rising() {
        let glyphs = page(text, slope: -0.035)
        #expect(rows(PageSkew.straightened(glyphs)) == text)
        #expect(rows(glyphs) != text)
    }

    @Test("a straight page with box noise is left exactly as it is")
    func straightNoise() {
        let glyphs = page(text, slope: 0, jitter: 0.8)
        #expect(PageSkew.slope(of: glyphs) == 0)
        #expect(PageSkew.straightened(glyphs) == glyphs)
    }

    @Test("fewer than three lines long enough to measure: no slope is guessed")
    func tooLittle() {
        #expect(PageSkew.slope(of: page(Array(text.prefix(2)), slope: 0.05)) == 0)
        #expect(PageSkew.slope(of: page(["甲方：", "乙方：", "丙方：", "日期："], slope: 0.05)) == 0)
    }

    @Test("line boxes of an OCR'd page are the ink's boxes on the page, not the straightened ones")
    func boxesStayOnThePage() throws {
        let glyphs = page(text, slope: 0.0524)
        let places = glyphs.map { GlyphPlace(page: 1, rect: $0.rect, confidence: 90) }
        let pdf = PdfTextLayer.assemble([LineBuilder.lines(from: PageSkew.straightened(glyphs))],
                                        pages: [Page(number: 1, textLayer: .ocr, width: 595, height: 842)],
                                        glyphs: places, pagesWithoutText: [], pageHeights: [842], ocrFallback: nil)
        #expect(pdf.lines.map(\.text) == text)
        let first = try #require(pdf.lines.first?.box)
        let ink = glyphs.prefix(text[0].unicodeScalars.count).dropFirst().reduce(glyphs[0].rect) { $0.union($1.rect) }
        #expect(first == ink)
    }

    @Test("a rule drawn on a slanted page is turned with the glyphs: it stands between the straightened columns")
    func rulesTurnWithTheGlyphs() throws {
        // Two columns of text along slope 0.03, and the table's divider at right angles to them
        // (along (-0.03, 1)), on a 72-dpi image so that pixels are points.
        let slope = 0.03
        var glyphs: [Glyph] = []
        for n in 0..<8 {
            for (x0, text) in [(50.0, "甲方账号：一二三四五六"), (330.0, "乙方账号：七八九十一二")] {
                for (k, scalar) in text.unicodeScalars.enumerated() {
                    let x = x0 + Double(k) * 10
                    let y = 100 + Double(n) * 20 + slope * (x - 50)
                    glyphs.append(Glyph(scalar: scalar, rect: Rect(x0: x, y0: y, x1: x + 10, y1: y + 10),
                                        index: Int32(glyphs.count), ocr: true))
                }
            }
        }
        var image = GrayImage(width: 600, height: 400, pixels: [UInt8](repeating: 250, count: 600 * 400), dpi: 72)
        for y in 90..<280 {
            let x = Int((315 - slope * Double(y - 90)).rounded())
            image.pixels[y * 600 + x] = 20
            image.pixels[y * 600 + x + 1] = 20
        }
        let laid = PdfTextLayer.ocrLayout(glyphs, rotation: 0, width: 600, height: 400, image: image)
        let rule = try #require(laid.rules.first)
        #expect(laid.rules.count == 1)
        #expect(abs(rule.length - 190) < 3)
        let leftEdge = laid.glyphs.filter { $0.rect.x0 < 250 }.map(\.rect.x1).max()!
        let rightEdge = laid.glyphs.filter { $0.rect.x0 >= 250 }.map(\.rect.x0).min()!
        #expect(rule.x > leftEdge + 2 && rule.x < rightEdge - 2, "\(leftEdge) < \(rule.x) < \(rightEdge)")
        // Straight down the page, left and right of the rule hold one column each.
        let left = laid.glyphs.filter { ($0.rect.x0 + $0.rect.x1) / 2 < rule.x }
        #expect(left.count == 8 * 11 && left.allSatisfy { $0.rect.x0 < 250 })
    }
}
