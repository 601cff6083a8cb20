/// Text helpers that work on Unicode scalars, without Foundation's NSString bridge: the
/// pipeline indexes text by scalar (poppler gives one box per scalar), and these run on every
/// line, so they avoid Character segmentation and property lookups.

extension String {
    /// A string made of these scalars.
    init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        self = String(view)
    }

    /// A string made of these scalars, its UTF-8 written straight into storage of the exact size
    /// (appending scalar by scalar to a `UnicodeScalarView` was a tenth of parse and map).
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var i = 0
            for scalar in scalars {
                let v = scalar.value
                switch v {
                case 0..<0x80:
                    buffer[i] = UInt8(v)
                    i += 1
                case 0x80..<0x800:
                    buffer[i] = UInt8(0xC0 | (v >> 6))
                    buffer[i + 1] = UInt8(0x80 | (v & 0x3F))
                    i += 2
                case 0x800..<0x10000:
                    buffer[i] = UInt8(0xE0 | (v >> 12))
                    buffer[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | (v & 0x3F))
                    i += 3
                default:
                    buffer[i] = UInt8(0xF0 | (v >> 18))
                    buffer[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 3] = UInt8(0x80 | (v & 0x3F))
                    i += 4
                }
            }
            return i
        }
    }
}

extension String {
    /// The string without leading and trailing Unicode whitespace.
    var trimmedWhitespace: String {
        guard let f = unicodeScalars.first, let l = unicodeScalars.last else { return self }
        if !f.isSpace, !l.isSpace { return self }
        var scalars = Substring(self).unicodeScalars[...]
        while let f = scalars.first, f.isSpace { scalars.removeFirst() }
        while let l = scalars.last, l.isSpace { scalars.removeLast() }
        return String(scalars: scalars)
    }
}

extension String {
    /// Plain replacement by scalars (no Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, includes(target) else { return self }
        let t = Array(target.unicodeScalars), s = Array(unicodeScalars), r = Array(replacement.unicodeScalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if s[i] == t[0], i + t.count <= s.count, s[i..<(i + t.count)].elementsEqual(t) {
                out.append(contentsOf: r)
                i += t.count
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(scalars: out)
    }
}

extension Unicode.Scalar {
    /// A scalar that is a character by itself beside any other such scalar: printable ASCII, the
    /// tab, CJK ideographs, CJK and full-width punctuation, general punctuation (no joiners).
    /// None of them extends, joins or prepends in grapheme segmentation.
    @inline(__always) var isOwnCharacter: Bool {
        switch value {
        case 0x09, 0x20...0x7E, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x303F,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: return true
        default: return false
        }
    }

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
    /// Whether the text has at most `n` characters, asking the UTF-8 length first (at hand,
    /// and never below the count of characters): counting characters segments the whole text.
    /// Whether the text has at most `n` scalars, asking the UTF-8 length first (a scalar is one
    /// to four bytes), so a long line is not decoded to say no.
    func hasAtMostScalars(_ n: Int) -> Bool {
        let bytes = utf8.count
        return bytes <= n || (bytes <= 4 * n && unicodeScalars.count <= n)
    }

    func hasAtMost(_ n: Int) -> Bool {
        if utf8.count <= n { return true }
        var scalars = 0, ownCharacters = true
        for u in unicodeScalars {
            scalars += 1
            if ownCharacters, !u.isOwnCharacter { ownCharacters = false }
        }
        if scalars <= n { return true }
        // Text of scalars that are each a character of their own has as many characters as
        // scalars; only other text is segmented.
        return !ownCharacters && count <= n
    }

    /// The first occurrence of `needle`, compared scalar by scalar: Foundation's `range(of:)`
    /// bridges and consults the locale (it was most of `KeyValueReader.clean`'s time).
    ///
    /// Compared as UTF-8 bytes, which gives the same answer: a valid needle's first byte is never
    /// a continuation byte, so a byte match starts, and ends, on scalar boundaries.
    func scalarRange(of needle: String) -> Range<Index>? {
        let hay = utf8, pin = needle.utf8
        guard let first = pin.first else { return nil }
        // nil when either has no contiguous UTF-8 (bridged storage); .some(nil) for no match.
        let searched: Int?? = hay.withContiguousStorageIfAvailable { h in
            pin.withContiguousStorageIfAvailable { p in Self.firstOffset(of: p, in: h, first: first) }
        } ?? nil
        if let searched {
            guard let offset = searched else { return nil }
            let start = hay.index(hay.startIndex, offsetBy: offset)
            return start..<hay.index(start, offsetBy: pin.count)
        }
        // Bridged or foreign storage: scalar by scalar.
        let scalars = unicodeScalars, pinScalars = needle.unicodeScalars
        var i = scalars.startIndex
        while let start = scalars[i...].firstIndex(of: pinScalars.first!) {
            var a = start, b = pinScalars.startIndex
            while b < pinScalars.endIndex, a < scalars.endIndex, scalars[a] == pinScalars[b] {
                a = scalars.index(after: a)
                b = pinScalars.index(after: b)
            }
            if b == pinScalars.endIndex { return start..<a }
            i = scalars.index(after: start)
        }
        return nil
    }

    private static func firstOffset(of pin: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, first: UInt8) -> Int? {
        guard pin.count <= hay.count else { return nil }
        var i = 0
        let last = hay.count - pin.count
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < pin.count, hay[i + k] == pin[k] { k += 1 }
                if k == pin.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Substring search by Unicode scalars, without Foundation's NSString bridge or copies.
    func includes(_ needle: String) -> Bool {
        needle.isEmpty || scalarRange(of: needle) != nil
    }

    /// Whether any scalar of the string is in `set`: one pass, for quick rejection.
    func containsAny(of set: ScalarSet) -> Bool {
        unicodeScalars.contains { set.contains($0) }
    }
}

extension Collection where Element == Unicode.Scalar {
    /// The range of the first occurrence of `word`, by plain comparison (the generic
    /// `firstRange(of:)` is far slower on the hot paths of the rules).
    func range(of word: String) -> Range<Index>? {
        // The word's scalars are read in place (an array of them per call was most of the cost:
        // the rules ask this of every sentence).
        let p = word.unicodeScalars
        guard let first = p.first else { return nil }
        var i = startIndex
        while let start = self[i...].firstIndex(of: first) {
            var j = index(after: start), k = p.index(after: p.startIndex)
            while k < p.endIndex, j < endIndex, self[j] == p[k] { j = index(after: j); k = p.index(after: k) }
            if k == p.endIndex { return start..<j }
            i = index(after: start)
        }
        return nil
    }
}
