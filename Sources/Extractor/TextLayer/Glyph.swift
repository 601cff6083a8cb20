/// An axis-aligned rectangle in PDF points, origin top-left, y down.
struct Rect: Equatable, Sendable {
    var x0: Double, y0: Double, x1: Double, y1: Double

    var width: Double { x1 - x0 }
    var height: Double { y1 - y0 }
    var midX: Double { (x0 + x1) / 2 }
    var midY: Double { (y0 + y1) / 2 }

    func union(_ other: Rect) -> Rect {
        Rect(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }
}

/// One Unicode scalar that poppler placed on a page, with its box. `index` is its position in
/// the document-wide glyph table, which the normalized text's index points into.
struct Glyph: Equatable, Sendable {
    var scalar: Unicode.Scalar
    var rect: Rect
    var index: Int32
    /// Poppler's text stream had a space right before this glyph (its own word-break judgement).
    var spaceBefore = false
    /// Read by OCR: its box is the ink, not the advance, so gaps say nothing about spaces.
    var ocr = false
}

/// The raw text layer of one PDF page as poppler gives it: glyphs in content-stream order.
struct RawPage: Sendable {
    var number: Int
    var width: Double
    var height: Double
    var glyphs: [Glyph]
}

extension Unicode.Scalar {
    /// Han ideographs, CJK punctuation and full-width forms: characters between which Chinese
    /// text never puts a space.
    var isWideCJK: Bool {
        switch value {
        case 0x2E80...0x2FDF,   // radicals, Kangxi radicals
             0x3000...0x303F,   // CJK symbols and punctuation
             0x3040...0x30FF,   // kana
             0x3100...0x312F, 0x31A0...0x31BF,
             0x3200...0x32FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x20000...0x2FA1F:
            return true
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2014, 0x00B7:
            return true  // curly quotes, ellipsis, dash and middle dot as used in Chinese text
        default:
            return false
        }
    }

    var isHan: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F, 0x3007: return true
        default: return false
        }
    }

    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
    /// 0–9 for an ASCII or full-width digit (`7`, `７`), nil for anything else.
    var digitValue: Int? {
        if value >= 0x30, value <= 0x39 { return Int(value - 0x30) }
        if value >= 0xFF10, value <= 0xFF19 { return Int(value - 0xFF10) }
        return nil
    }
    var isASCIILetter: Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    var isLineSpace: Bool { properties.isWhitespace && value != 0x0A && value != 0x0D }

    /// Counts 2 for wide characters, 1 otherwise: how a monospaced text view lays it out.
    var displayWidth: Int { isWideCJK ? 2 : 1 }
}
