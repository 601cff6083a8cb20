/// The byte offsets in a text file where decoded scalars start, one bit per byte, plus the
/// file's length: what `NormalizedText.byteRange` needs to find where a span's last scalar ends.
/// A bit a byte is a twelfth of a table of 4-byte offsets for Chinese UTF-8 (3 bytes a scalar).
struct ScalarStarts: Sendable {
    private var words: [UInt64]
    /// The length of the decoded bytes: the end of the last scalar.
    let byteCount: Int

    init(byteCount: Int) {
        self.byteCount = max(0, byteCount)
        words = Array(repeating: 0, count: self.byteCount / 64 + 1)
    }

    /// Marks `offset` as the start of a scalar; offsets outside the bytes are ignored.
    mutating func insert(_ offset: Int) {
        guard offset >= 0, offset < byteCount else { return }
        words[offset >> 6] |= 1 << UInt64(offset & 63)
    }

    func contains(_ offset: Int) -> Bool {
        guard offset >= 0, offset < byteCount else { return false }
        return words[offset >> 6] & (1 << UInt64(offset & 63)) != 0
    }

    /// The first scalar start after `offset`, or `byteCount` when the scalar at `offset` is the last.
    func next(after offset: Int) -> Int {
        var position = max(0, offset + 1)
        guard position < byteCount else { return byteCount }
        var word = position >> 6
        var bits = words[word] & (~0 << UInt64(position & 63))
        while bits == 0 {
            word += 1
            guard word < words.count else { return byteCount }
            bits = words[word]
        }
        position = word << 6 + bits.trailingZeroBitCount
        return min(position, byteCount)
    }
}
