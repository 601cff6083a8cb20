// The only file that sees the CICU target.
internal import CICU

/// System ICU through the stdint-only C shim: charset detection and decoding, NFKC, and the
/// Chinese spell-out number parser.
enum ICU {
    /// ICU's best guess at the charset of `bytes` with its confidence (0...100).
    static func detectCharset(_ bytes: [UInt8]) -> (name: String, confidence: Int)? {
        var name = [CChar](repeating: 0, count: 64)
        var confidence: Int32 = 0
        let status = bytes.withUnsafeBufferPointer { buffer in
            cicu_detect_charset(buffer.baseAddress, Int32(buffer.count), &name, Int32(name.count), &confidence)
        }
        guard status == 0 else { return nil }
        let text = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (text, Int(confidence))
    }

    /// Decodes `bytes` as `charset`; each scalar comes with the offset of its first source byte.
    /// Illegal sequences become U+FFFD. Returns nil if ICU does not know the charset.
    static func decode(_ bytes: ArraySlice<UInt8>, charset: String) -> (scalars: [Unicode.Scalar], offsets: [Int32])? {
        let capacity = bytes.count + 16
        var units = [UInt16](repeating: 0, count: capacity)
        var unitOffsets = [Int32](repeating: 0, count: capacity)
        var status: Int32 = 0
        let written = bytes.withUnsafeBufferPointer { buffer in
            cicu_decode(charset, buffer.baseAddress, Int32(buffer.count), &units, &unitOffsets, Int32(capacity), &status)
        }
        guard written >= 0 else { return nil }
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int32] = []
        scalars.reserveCapacity(Int(written))
        offsets.reserveCapacity(Int(written))
        let base = Int32(bytes.startIndex)
        var i = 0
        let n = Int(written)
        while i < n {
            let u = units[i]
            var value = UInt32(u)
            var width = 1
            if (0xD800...0xDBFF).contains(u), i + 1 < n, (0xDC00...0xDFFF).contains(units[i + 1]) {
                value = 0x10000 + ((UInt32(u) - 0xD800) << 10) + (UInt32(units[i + 1]) - 0xDC00)
                width = 2
            }
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            offsets.append(base + unitOffsets[i])
            i += width
        }
        return (scalars, offsets)
    }

    /// NFKC of `text` (（一）→(一), ＨＴ－２０２４→HT-2024, ①→1).
    static func nfkc(_ text: String) -> String {
        let input = Array(text.utf16)
        var capacity = input.count * 2 + 8
        while true {
            var output = [UInt16](repeating: 0, count: capacity)
            var status: Int32 = 0
            let needed = Int(cicu_nfkc(input, Int32(input.count), &output, Int32(capacity), &status))
            if status != 0 { return text }
            if needed <= capacity { return String(decoding: output.prefix(needed), as: UTF16.self) }
            capacity = needed
        }
    }

    /// The value of a Chinese spelled-out number, only if the whole text is one.
    static func parseSpellout(_ text: String) -> Double? {
        let units = Array(text.utf16)
        var value = 0.0
        return cicu_parse_spellout(units, Int32(units.count), &value) == 1 ? value : nil
    }
}
