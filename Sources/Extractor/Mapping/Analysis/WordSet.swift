/// Words made ready for scanning once (their scalars and the scalars they start with), so a
/// rule looking for any of them in every sentence builds nothing per sentence.
struct WordSet: Sendable {
    let words: [String]
    let patterns: [[Unicode.Scalar]]
    let initials: Set<Unicode.Scalar>

    /// `words` longest first, so the longer word wins at one position (`解除本合同` over `解除`).
    init(_ words: [String]) {
        let sorted = words.sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
        self.words = sorted
        patterns = sorted.map { Array($0.unicodeScalars) }
        initials = Set(patterns.compactMap(\.first))
    }

    /// The leftmost of the words in `s`, and where (an offset from `s.startIndex`): one pass, only
    /// positions whose scalar starts some word compared.
    func first<C: RandomAccessCollection>(in s: C) -> (word: String, at: Int)? where C.Element == Unicode.Scalar, C.Index == Int {
        var i = s.startIndex
        while i < s.endIndex {
            if initials.contains(s[i]) {
                for (k, p) in patterns.enumerated() where p[0] == s[i] && s.endIndex - i >= p.count
                    && s[i..<(i + p.count)].elementsEqual(p) {
                    return (words[k], i - s.startIndex)
                }
            }
            i += 1
        }
        return nil
    }
}
