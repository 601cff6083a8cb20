/// Whether a page's own text layer can be trusted, or the page goes to OCR: no text on an inked
/// page; text
/// made mostly of characters no real text layer has (U+FFFD, private-use code points from fonts
/// without a Unicode map, Kangxi radicals standing in for 一 and friends, `(cid:12)` junk) —
/// more than `junkShare` of it; or a handful of characters on a page that is mostly ink (a scan
/// with a stamped page number).
enum TextLayerQuality {
    static let junkShare = 0.1
    /// Under this many characters a page's ink is measured.
    static let fewCharacters = 20
    /// Share of non-white pixels (gray < 200) at 36 dpi above which a page is a picture of
    /// text: the seed scans' pages measure 5.9–12.8%, a page with only its number about 0.05%.
    static let inkShare = 0.005

    static func isJunk(_ s: Unicode.Scalar) -> Bool {
        s == "\u{FFFD}" || (0xE000...0xF8FF).contains(s.value) || (0xF0000...0x10FFFF).contains(s.value)
            || (0x2F00...0x2FDF).contains(s.value) || (0x2E80...0x2EFF).contains(s.value)
    }

    /// The verdict on the glyphs alone; nil when only the page's ink can tell (none or few
    /// characters: a blank page is no scan, and OCR of 3,000 blank pages would take minutes).
    static func needsOCR(_ glyphs: [Glyph]) -> Bool? {
        if glyphs.isEmpty { return nil }
        let junk = glyphs.filter { isJunk($0.scalar) }.count
        let text = String(String.UnicodeScalarView(glyphs.map(\.scalar)))
        if Double(junk) > junkShare * Double(glyphs.count) || text.contains("(cid:") { return true }
        return glyphs.count < fewCharacters ? nil : false
    }

    static func isMostlyInk(_ image: GrayImage) -> Bool {
        guard !image.pixels.isEmpty else { return false }
        let dark = image.pixels.reduce(0) { $1 < 200 ? $0 + 1 : $0 }
        return Double(dark) > inkShare * Double(image.pixels.count)
    }
}
