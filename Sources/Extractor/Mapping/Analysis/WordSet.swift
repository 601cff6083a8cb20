/// Words made ready for scanning once (their scalars, and a bitmap of the scalars they start
/// with), so a rule looking for any of them in every sentence builds nothing per sentence and
/// tests each scalar of the text with one load and a shift, not a hash.
struct WordSet: Sendable {
    let words: [String]
    let patterns: [[Unicode.Scalar]]
    /// Bit `v` is set when some word starts with the Basic Multilingual Plane scalar `v`.
    private let bmpInitials: [UInt64]
    /// Initials outside the BMP (rare in contracts, but a word may start with one).
    private let otherInitials: Set<Unicode.Scalar>

    /// `words` longest first, so the longer word wins at one position (`解除本合同` over `解除`).
    init(_ words: [String]) {
        let sorted = words.sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
        self.words = sorted
        patterns = sorted.map { Array($0.unicodeScalars) }
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        var other = Set<Unicode.Scalar>()
        for first in patterns.compactMap(\.first) {
            if first.value < 0x10000 {
                bits[Int(first.value >> 6)] |= 1 << UInt64(first.value & 63)
            } else {
                other.insert(first)
            }
        }
        bmpInitials = bits
        otherInitials = other
    }

    /// Whether some word starts with `scalar`.
    @inline(__always)
    func starts(with scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x10000 { return bmpInitials[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return otherInitials.contains(scalar)
    }

    /// The leftmost of the words in `s`, and where (an offset from `s.startIndex`): one pass, only
    /// positions whose scalar starts some word compared.
    func first<C: RandomAccessCollection>(in s: C) -> (word: String, at: Int)? where C.Element == Unicode.Scalar, C.Index == Int {
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if starts(with: c) {
                for (k, p) in patterns.enumerated() where p[0] == c && s.endIndex - i >= p.count
                    && s[i..<(i + p.count)].elementsEqual(p) {
                    return (words[k], i - s.startIndex)
                }
            }
            i += 1
        }
        return nil
    }
}
