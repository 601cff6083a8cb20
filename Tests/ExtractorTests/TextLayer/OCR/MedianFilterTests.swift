import Testing
@testable import Extractor

/// The 3 × 3 median that PP-OCR reads speckled bilevel pages through: the same as sorting each
/// neighbourhood, and what it does to a fax's specks, dropouts and strokes.
@Suite("Median filter")
struct MedianFilterTests {
    /// Sorting the nine (border pixels repeated) and taking the fifth.
    static func bruteForce(_ image: GrayImage) -> [UInt8] {
        var out = image.pixels
        for y in 0..<image.height {
            for x in 0..<image.width {
                var window: [UInt8] = []
                for dy in -1...1 {
                    for dx in -1...1 {
                        let yy = min(max(y + dy, 0), image.height - 1), xx = min(max(x + dx, 0), image.width - 1)
                        window.append(image.pixels[yy * image.width + xx])
                    }
                }
                out[y * image.width + x] = window.sorted()[4]
            }
        }
        return out
    }

    /// A reproducible pseudo-random image (xorshift), with few levels so that ties are common.
    static func noise(width: Int, height: Int, seed: UInt64) -> GrayImage {
        var state = seed
        let pixels = (0..<(width * height)).map { _ -> UInt8 in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state % 5) * 60
        }
        return GrayImage(width: width, height: height, pixels: pixels, dpi: 200, speckled: true)
    }

    @Test("equals the sorted neighbourhood's middle, borders included", arguments: [
        (1, 1), (1, 6), (6, 1), (2, 2), (7, 9), (33, 17),
    ] as [(Int, Int)])
    func matchesSorting(width: Int, height: Int) {
        let image = Self.noise(width: width, height: height, seed: UInt64(width * 1000 + height))
        let filtered = image.median3x3()
        #expect(filtered.pixels == Self.bruteForce(image))
        #expect(filtered.width == width && filtered.height == height && filtered.dpi == 200 && filtered.speckled)
    }

    /// A white 12 × 9 page with `dark` pixels black.
    static func page(_ dark: [(Int, Int)]) -> GrayImage {
        var pixels = [UInt8](repeating: 255, count: 12 * 9)
        for (x, y) in dark { pixels[y * 12 + x] = 0 }
        return GrayImage(width: 12, height: 9, pixels: pixels, dpi: 150)
    }

    static func black(_ image: GrayImage) -> Set<Int> {
        Set(image.pixels.indices.filter { image.pixels[$0] == 0 })
    }

    @Test("a speck of one or two pixels goes; a dropout inside a stroke is filled")
    func specksAndDropouts() {
        #expect(Self.black(Self.page([(3, 3)]).median3x3()).isEmpty)
        #expect(Self.black(Self.page([(3, 3), (4, 3)]).median3x3()).isEmpty)
        // A stroke three pixels high, x 1–10, with a white pixel at (5, 4).
        var stroke: [(Int, Int)] = []
        for x in 1...10 { for y in 3...5 where (x, y) != (5, 4) { stroke.append((x, y)) } }
        let filled: Set<Int> = Self.black(Self.page(stroke).median3x3())
        #expect(filled.contains(4 * 12 + 5))
    }

    @Test("a horizontal stroke two pixels high stays, ends shortened by one; one pixel high goes")
    func strokes() {
        var twoHigh: [(Int, Int)] = [], oneHigh: [(Int, Int)] = []
        var expected = Set<Int>()
        for x in 1...10 {
            twoHigh += [(x, 4), (x, 5)]
            oneHigh.append((x, 4))
            if (2...9).contains(x) { expected.formUnion([4 * 12 + x, 5 * 12 + x]) }
        }
        let two: Set<Int> = Self.black(Self.page(twoHigh).median3x3())
        #expect(two == expected)
        let one: Set<Int> = Self.black(Self.page(oneHigh).median3x3())
        #expect(one.isEmpty)
    }

    @Test("speckle counts dark pixels with no dark neighbour, per megapixel; the page edge is paper")
    func speckle() {
        // 12 × 9 = 108 pixels: one isolated pixel is 1 / 108 of a megapixel's worth.
        let perPixel = 1_000_000.0 / 108
        #expect(Speckle.perMegapixel(Self.page([(3, 3)])) == perPixel)
        #expect(Speckle.perMegapixel(Self.page([(0, 0), (11, 8), (5, 5)])) == 3 * perPixel)
        // Two touching pixels (also diagonally) are a speck of two, not isolated ones.
        #expect(Speckle.perMegapixel(Self.page([(3, 3), (4, 4)])) == 0)
        #expect(Speckle.perMegapixel(Self.page([])) == 0)
        #expect(Speckle.isSpeckled(Self.page([(3, 3)])))
    }
}
