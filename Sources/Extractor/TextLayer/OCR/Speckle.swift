/// Salt-and-pepper noise on a bilevel scan: the dark pixels with no dark neighbour among their
/// eight, per megapixel, counted on the scan's own pixels (before any scaling).
///
/// Measured on 1-bit pages: the fax copies of `make bench-scans` (150 dpi, threshold and 0.15%
/// salt and pepper) have 1290–1650 such pixels per megapixel; heihe-project-coop-scan, a real
/// 200-dpi CCITT scan, 175–235 on its text pages and 528–657 on the two that carry a screened
/// seal. The median filter that brings back the fax copies' thin strokes turns that clean scan's
/// thin strokes gray (`一致` read `--致`, `一式两份` `一一式两份`), so it is kept for speckled pages;
/// the threshold lies between the two. No real fax in the corpus says where real ones fall.
enum Speckle {
    static let threshold = 1000.0

    /// Isolated dark pixels (below 128, all eight neighbours 128 or above; beyond the border is
    /// paper) per megapixel of `image`.
    static func perMegapixel(_ image: GrayImage) -> Double {
        let w = image.width, h = image.height
        guard w > 0, h > 0 else { return 0 }
        var count = 0
        image.pixels.withUnsafeBufferPointer { p in
            func dark(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < w && y < h && p[y * w + x] < 128 }
            for y in 0..<h {
                for x in 0..<w where p[y * w + x] < 128 {
                    if !dark(x - 1, y - 1), !dark(x, y - 1), !dark(x + 1, y - 1), !dark(x - 1, y), !dark(x + 1, y),
                       !dark(x - 1, y + 1), !dark(x, y + 1), !dark(x + 1, y + 1) {
                        count += 1
                    }
                }
            }
        }
        return Double(count) * 1_000_000 / Double(w * h)
    }

    /// Whether a bilevel image is speckled enough to be median-filtered before PP-OCR reads it.
    static func isSpeckled(_ image: GrayImage) -> Bool { perMegapixel(image) > threshold }
}
