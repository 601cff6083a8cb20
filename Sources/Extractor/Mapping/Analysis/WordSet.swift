/// Words made ready for scanning once (their scalars, and the set of scalars they start with),
/// so a rule looking for any of them in every sentence builds nothing per sentence and tests
/// each scalar of the text with one load and a shift (`ScalarSet`), not a hash.
struct WordSet: Sendable {
    let words: [String]
    let patterns: [[Unicode.Scalar]]
    /// The scalars the words start with.
    private let initials: ScalarSet

    /// `words` longest first, so the longer word wins at one position (`解除本合同` over `解除`).
    init(_ words: [String]) {
        let sorted = words.sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
        self.words = sorted
        patterns = sorted.map { Array($0.unicodeScalars) }
        initials = ScalarSet(patterns.compactMap(\.first))
    }

    /// Whether some word starts with `scalar`.
    @inline(__always)
    func starts(with scalar: Unicode.Scalar) -> Bool { initials.contains(scalar) }

    /// The longest of the words that `s` starts with.
    func prefix<C: Collection>(of s: C) -> String? where C.Element == Unicode.Scalar {
        guard let c = s.first, initials.contains(c) else { return nil }
        for (k, p) in patterns.enumerated() where p[0] == c && s.starts(with: p) { return words[k] }
        return nil
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
