/// Collapses whitespace inside a line the way the record spec's "normalized text" says: runs
/// become one space (or one tab where a table cell boundary was), nothing at either end, and no
/// space between two CJK characters or between CJK and a digit (`北京路 55 号` → `北京路55号`).
enum WhitespaceNormalizer {
    static func normalize(_ chars: [SourceChar]) -> [SourceChar] {
        var out: [SourceChar] = []
        out.reserveCapacity(chars.count)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c.scalar.properties.isWhitespace else {
                out.append(c)
                i += 1
                continue
            }
            var j = i
            var hasTab = false
            while j < chars.count, chars[j].scalar.properties.isWhitespace {
                if chars[j].scalar == "\t" { hasTab = true }
                j += 1
            }
            let before = out.last?.scalar
            let after = j < chars.count ? chars[j].scalar : nil
            if let before, let after {
                if hasTab {
                    out.append(SourceChar(scalar: "\t", origin: c.origin))
                } else if !(j - i == 1 && closesUp(before, after)) {
                    out.append(SourceChar(scalar: " ", origin: c.origin))
                }
            }
            i = j
        }
        return out
    }

    /// A single space between these two is layout noise.
    private static func closesUp(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        if a.isWideCJK && b.isWideCJK { return true }
        return (a.isHan && b.isASCIIDigit) || (a.isASCIIDigit && b.isHan)
    }
}
