import Testing
@testable import Extractor

@Suite("Vertical rules found in a scan's pixels")
struct RuleFinderTests {
    /// A white 200-dpi page, 800 × 1000 pixels.
    func page() -> GrayImage {
        GrayImage(width: 800, height: 1000, pixels: [UInt8](repeating: 250, count: 800 * 1000), dpi: 200)
    }

    func ink(_ image: inout GrayImage, x: Int, y: Int, value: UInt8 = 30) {
        guard x >= 0, x < image.width, y >= 0, y < image.height else { return }
        image.pixels[y * image.width + x] = value
    }

    /// Dark boxes in rows, like the characters of a column of text lines.
    func textColumn(_ image: inout GrayImage, x: Int) {
        for row in stride(from: 50, to: 950, by: 36) {
            for y in row..<(row + 24) {
                for dx in 0..<24 { ink(&image, x: x + dx, y: y) }
            }
        }
    }

    @Test("a 2-pixel rule broken by a dropout is one rule; text columns and a dark block are not")
    func straightRule() throws {
        var image = page()
        for y in 100..<700 where !(400..<404).contains(y) {
            ink(&image, x: 400, y: y, value: 90)
            ink(&image, x: 401, y: y, value: 90)
        }
        textColumn(&image, x: 100)
        for y in 100..<800 { for x in 600..<660 { ink(&image, x: x, y: y) } }
        let rules = RuleFinder.verticalRules(in: image)
        try #require(rules.count == 1)
        #expect(abs(rules[0].x - 400.5 * 0.36) < 0.5)
        #expect(abs(rules[0].y0 - 100 * 0.36) < 0.5)
        #expect(abs(rules[0].y1 - 699 * 0.36) < 0.5)
    }

    @Test("a rule on a skewed scan is followed along the text's slope")
    func skewedRule() throws {
        var image = page()
        let slope = 0.03   // text lines fall 3 px per 100 px; the rule leans the other way
        for y in 100..<900 {
            let x = Int((500 - slope * Double(y)).rounded())
            ink(&image, x: x, y: y)
            ink(&image, x: x + 1, y: y)
        }
        let rules = RuleFinder.verticalRules(in: image, slope: slope)
        try #require(rules.count == 1)
        #expect(rules[0].length > 799 * 0.36 - 1)
        #expect(abs(rules[0].x - (500 - slope * 500 + 0.5) * 0.36) < 1)
        // Looked for straight down, the same rule is only pieces too short to count.
        #expect(RuleFinder.verticalRules(in: image).isEmpty)
    }

    @Test("a rule a degree off the slope given is still one thin rule: thickness is measured row by row")
    func residualTilt() throws {
        var image = page()
        for y in 100..<900 {
            let x = Int((500 - 0.0175 * Double(y)).rounded())
            ink(&image, x: x, y: y)
            ink(&image, x: x + 1, y: y)
        }
        let rules = RuleFinder.verticalRules(in: image)
        try #require(rules.count == 1)
        #expect(abs(rules[0].x - (500 - 0.0175 * 500 + 0.5) * 0.36) < 1.5)
    }

    @Test("turning moves each pixel as PageOrientation turns boxes")
    func turningDirections() {
        var image = GrayImage(width: 4, height: 3, pixels: [UInt8](repeating: 250, count: 12), dpi: 72)
        ink(&image, x: 0, y: 0)   // the top-left corner
        ink(&image, x: 3, y: 1)
        func darkPixels(_ i: GrayImage) -> [[Int]] {
            i.pixels.indices.filter { i.pixels[$0] < 128 }.map { [$0 % i.width, $0 / i.width] }
        }
        // A quarter clockwise: (x, y) → (height - 1 - y, x), as PageOrientation.turned(90).
        #expect(darkPixels(image.turned(clockwise: 90)) == [[2, 0], [1, 3]])
        #expect(darkPixels(image.turned(clockwise: 180)) == [[0, 1], [3, 2]])
        #expect(darkPixels(image.turned(clockwise: 270)) == [[1, 0], [0, 3]])
        #expect(darkPixels(image.turned(clockwise: 0)) == darkPixels(image))
    }

    @Test("a page read turned a quarter clockwise: its horizontal line is the upright page's vertical rule")
    func turnedPage() throws {
        var image = page()
        for x in 100..<700 { ink(&image, x: x, y: 300) }
        #expect(RuleFinder.verticalRules(in: image).isEmpty)
        let upright = image.turned(clockwise: 90)
        #expect(upright.width == 1000 && upright.height == 800)
        let rules = RuleFinder.verticalRules(in: upright)
        try #require(rules.count == 1)
        // PageOrientation turns a box at y = 300 to x = height - 300 on the upright page.
        #expect(abs(rules[0].x - 699 * 0.36) < 0.5)
        #expect(abs(rules[0].y0 - 100 * 0.36) < 0.5)
        #expect(image.turned(clockwise: 90).turned(clockwise: 270).pixels == image.pixels)
        #expect(image.turned(clockwise: 180).turned(clockwise: 180).pixels == image.pixels)
    }
}
