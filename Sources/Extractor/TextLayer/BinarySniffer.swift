/// Recognizes bytes that are not text: binary formats by their magic numbers (document formats
/// are named earlier, by `InputFormat`), and decoded text that is mostly control characters.
enum BinarySniffer {
    private static let magic: [(bytes: [UInt8], kind: String)] = [
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ([0x1F, 0x8B], "gzip data"),
    ]

    /// A description such as "a JPEG image" if the bytes start like a known binary format.
    static func binaryKind(of bytes: [UInt8]) -> String? {
        magic.first { bytes.starts(with: $0.bytes) }.map(\.kind)
    }

    /// "UTF-16LE"/"UTF-16BE" when the bytes look like BOM-less UTF-16: one byte of most pairs
    /// is zero (ASCII) or the pairs decode to CJK, and the byte count is even.
    static func bomlessUTF16(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(8192)
        guard sample.count >= 4, sample.count % 2 == 0 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        for (i, b) in sample.enumerated() where b == 0 {
            if i % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
        }
        let pairs = sample.count / 2
        if zeroOdd * 5 >= pairs, zeroEven * 20 < pairs { return "UTF-16LE" }
        if zeroEven * 5 >= pairs, zeroOdd * 20 < pairs { return "UTF-16BE" }
        return nil
    }

    /// True when more than 2% of the text is C0/C1 control characters other than tab, newline,
    /// carriage return and form feed, or U+FFFD.
    static func looksBinary(_ scalars: [Unicode.Scalar]) -> Bool {
        guard !scalars.isEmpty else { return false }
        var bad = 0
        for s in scalars {
            switch s.value {
            case 0x09, 0x0A, 0x0C, 0x0D: continue
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFD: bad += 1
            default: continue
            }
        }
        return bad * 50 > scalars.count
    }
}
