/// An axis-aligned rectangle in PDF points, origin top-left, y down.
struct Rect: Equatable, Sendable {
    var x0: Double, y0: Double, x1: Double, y1: Double

    var width: Double { x1 - x0 }
    var height: Double { y1 - y0 }
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
    var isASCIILetter: Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    var isLineSpace: Bool { properties.isWhitespace && value != 0x0A && value != 0x0D }

    /// Counts 2 for wide characters, 1 otherwise: how a monospaced text view lays it out.
    var displayWidth: Int { isWideCJK ? 2 : 1 }
}

extension Unicode.Scalar {
    /// Whitespace without the Unicode property lookup (the hot path of every stage): ASCII
    /// space and controls, NBSP, the U+2000 spaces, ideographic space, line separators.
    @inline(__always) var isSpace: Bool {
        switch value {
        case 0x20, 0x09...0x0D, 0xA0, 0x85, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

extension StringProtocol {
    /// Substring search by Unicode scalars, without Foundation's NSString bridge or copies.
    func includes(_ needle: String) -> Bool {
        let hay = unicodeScalars, pin = needle.unicodeScalars
        guard let first = pin.first else { return true }
        var i = hay.startIndex
        while let start = hay[i...].firstIndex(of: first) {
            if hay[start...].starts(with: pin) { return true }
            i = hay.index(after: start)
        }
        return false
    }

    /// Whether any scalar of the string is in `set`: one pass, for quick rejection.
    func containsAny(of set: Set<Unicode.Scalar>) -> Bool {
        unicodeScalars.contains { set.contains($0) }
    }
}

extension Collection where Element == Unicode.Scalar {
    /// The range of the first occurrence of `word`, by plain comparison (the generic
    /// `firstRange(of:)` is far slower on the hot paths of the rules).
    func range(of word: String) -> Range<Index>? {
        let p = Array(word.unicodeScalars)
        guard let first = p.first else { return nil }
        var i = startIndex
        while let start = self[i...].firstIndex(of: first) {
            var j = start, k = 0
            while k < p.count, j < endIndex, self[j] == p[k] { j = index(after: j); k += 1 }
            if k == p.count { return start..<j }
            i = index(after: start)
        }
        return nil
    }
}
