/// Collapses whitespace inside a line the way the record spec's "normalized text" says: runs
/// become one space (or one tab where a table cell boundary was), nothing at either end, no space
/// between CJK and a digit (`北京路 55 号` → `北京路55号`), and letter-spaced CJK closed up
/// (`劳 动 合 同 书` → `劳动合同书`, `目 录` → `目录`). A single space between CJK words stays
/// (`第一条 合同当事人`).
enum WhitespaceNormalizer {
    static func normalize(_ chars: [SourceChar]) -> [SourceChar] {
        closeLetterSpacing(collapse(chars))
    }

    private static func collapse(_ chars: [SourceChar]) -> [SourceChar] {
        var out: [SourceChar] = []
        out.reserveCapacity(chars.count)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c.scalar.isSpace else {
                out.append(c)
                i += 1
                continue
            }
            var j = i
            var hasTab = false
            while j < chars.count, chars[j].scalar.isSpace {
                if chars[j].scalar == "\t" { hasTab = true }
                j += 1
            }
            if let before = out.last?.scalar, j < chars.count {
                let after = chars[j].scalar
                if hasTab {
                    out.append(SourceChar(scalar: "\t", origin: c.origin))
                } else if !closesUp(before, after, labelBefore: isLeadingLabel(out)) {
                    out.append(SourceChar(scalar: " ", origin: c.origin))
                }
            }
            i = j
        }
        return out
    }

    /// A space between Han and a digit is PDF noise (`路 55 号`), except after a numbering label
    /// that opens the line (`5.6 负责`).
    private static func closesUp(_ a: Unicode.Scalar, _ b: Unicode.Scalar, labelBefore: Bool) -> Bool {
        (a.isHan && b.isASCIIDigit) || (a.isASCIIDigit && b.isHan && !labelBefore)
    }

    /// Everything so far is digits and dots: the line opens with a label such as `5.6` or `12`.
    static func isLeadingLabel(_ chars: [SourceChar]) -> Bool {
        !chars.isEmpty && chars.allSatisfy { $0.scalar.isASCIIDigit || $0.scalar == "." }
    }

    /// Removes the spaces of a run of two or more single CJK characters (each maybe followed by
    /// one CJK punctuation mark) that are separated by single spaces.
    private static func closeLetterSpacing(_ chars: [SourceChar]) -> [SourceChar] {
        guard chars.contains(where: { $0.scalar == " " }) else { return chars }
        // Tokens between spaces (tabs end a run too).
        var tokens: [Range<Int>] = []
        var start = 0
        for (i, c) in chars.enumerated() where c.scalar == " " || c.scalar == "\t" {
            tokens.append(start..<i)
            start = i + 1
        }
        tokens.append(start..<chars.count)
        func isSpacedChar(_ r: Range<Int>) -> Bool {
            guard let first = r.first, chars[first].scalar.isHan else { return false }
            return r.count == 1 || (r.count == 2 && chars[r.last!].scalar.isWideCJK && !chars[r.last!].scalar.isHan)
        }
        var drop = Set<Int>()
        var k = 0
        while k < tokens.count {
            var end = k
            while end + 1 < tokens.count, isSpacedChar(tokens[end]), isSpacedChar(tokens[end + 1]),
                  chars[tokens[end].upperBound].scalar == " " {
                end += 1
            }
            if end > k {
                for t in k..<end { drop.insert(tokens[t].upperBound) }
            }
            k = end + 1
        }
        return drop.isEmpty ? chars : chars.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
    }
}
