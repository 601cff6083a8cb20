/// Words made ready for scanning once (their scalars, and the set of scalars they start with),
/// so a rule looking for any of them in every sentence builds nothing per sentence and tests
/// each scalar of the text with one load and a shift (`ScalarSet`), not a hash.
struct WordSet: Sendable {
    let words: [String]
    let patterns: [[Unicode.Scalar]]
    /// The scalars the words start with.
    private let initials: ScalarSet
    /// The distinct initials, ascending, and for each the indices of the words starting with it
    /// (longest first): a position whose scalar starts a word is compared with those words only,
    /// not with every word of the set (the role set has seventy, and 甲 and 乙 start lines).
    private let initialValues: [UInt32]
    private let wordsByInitial: [[Int]]

    /// `words` longest first, so the longer word wins at one position (`解除本合同` over `解除`).
    init(_ words: [String]) {
        let sorted = words.sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
        self.words = sorted
        patterns = sorted.map { Array($0.unicodeScalars) }
        initials = ScalarSet(patterns.compactMap(\.first))
        var groups: [UInt32: [Int]] = [:]
        for (k, p) in patterns.enumerated() { if let first = p.first { groups[first.value, default: []].append(k) } }
        initialValues = groups.keys.sorted()
        wordsByInitial = initialValues.map { groups[$0]! }
    }

    /// Whether some word starts with `scalar`.
    @inline(__always)
    func starts(with scalar: Unicode.Scalar) -> Bool { initials.contains(scalar) }

    /// The indices of the words that start with `scalar` (longest first), which `starts(with:)`
    /// said some do.
    private func candidates(_ scalar: Unicode.Scalar) -> [Int] {
        var low = 0, high = initialValues.count - 1
        while low < high {
            let mid = (low + high) / 2
            if initialValues[mid] < scalar.value { low = mid + 1 } else { high = mid }
        }
        return initialValues[low] == scalar.value ? wordsByInitial[low] : []
    }

    /// The longest of the words that `s` starts with.
    func prefix<C: Collection>(of s: C) -> String? where C.Element == Unicode.Scalar {
        guard let c = s.first, initials.contains(c) else { return nil }
        for k in candidates(c) where s.starts(with: patterns[k]) { return words[k] }
        return nil
    }

    /// The leftmost of the words in `s`, and where (an offset from `s.startIndex`): one pass, only
    /// positions whose scalar starts some word compared, and only with the words starting with it.
    func first<C: RandomAccessCollection>(in s: C) -> (word: String, at: Int)? where C.Element == Unicode.Scalar, C.Index == Int {
        // Arrays and their slices (every caller's) are searched in their memory; anything else
        // is copied first.
        func first(_ buffer: UnsafeBufferPointer<Unicode.Scalar>) -> (word: String, at: Int)? {
            var found: (word: String, at: Int)?
            forEachMatch(in: buffer) { k, at in found = (words[k], at); return false }
            return found
        }
        return s.withContiguousStorageIfAvailable(first) ?? Array(s).withUnsafeBufferPointer(first)
    }

    /// Every word at every position of `s`, positions ascending and at one position the longer
    /// word first: `body(word index, offset)`, until it returns false.
    func forEachMatch(in s: [Unicode.Scalar], _ body: (_ word: Int, _ at: Int) -> Bool) {
        s.withUnsafeBufferPointer { forEachMatch(in: $0, body) }
    }

    /// The one matching loop: the initials' bitmap finds each candidate position, where only the
    /// words starting with its scalar are compared.
    private func forEachMatch(in s: UnsafeBufferPointer<Unicode.Scalar>, _ body: (_ word: Int, _ at: Int) -> Bool) {
        var from = 0
        while let i = initials.firstMember(in: s, from: from) {
            for k in candidates(s[i]) {
                let p = patterns[k]
                if s.count - i >= p.count, s[(i + 1)..<(i + p.count)].elementsEqual(p[1...]), !body(k, i) { return }
            }
            from = i + 1
        }
    }
}
