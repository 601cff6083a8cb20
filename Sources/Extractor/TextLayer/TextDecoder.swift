import Foundation

/// Text-file bytes decoded to Unicode scalars, each with the byte offset it came from.
struct DecodedText: Sendable {
    /// Where each scalar starts in the file.
    enum Offsets: Sendable, Equatable {
        /// UTF-8 from this byte on: each offset follows from the widths of the scalars before it,
        /// so no table is kept (it was 4 bytes a scalar, more than the file for Chinese text).
        case utf8(start: Int32)
        /// One offset per scalar, from ICU.
        case table([Int32])
    }

    var scalars: [Unicode.Scalar]
    var offsets: Offsets
    /// The file's length in bytes: where the last scalar ends.
    var byteCount: Int
    /// Charset name as reported in `source.encoding` (`UTF-8`, `GB18030`, `UTF-16LE` …).
    var encoding: String
    /// Byte sequences that were not valid in `encoding` and became U+FFFD.
    var replacements: Int
}

/// Decides the charset of a text file and decodes it: a BOM first, then strict UTF-8, then
/// UTF-16 without a BOM, then ICU's detector (GB18030, Big5 …). Binary data is refused.
enum TextDecoder {
    /// Takes `data` over and lets it go once copied, so the file's bytes are not held beside the
    /// scalars and lines made from them.
    static func decode(_ data: consuming Data, fileName: String) throws -> DecodedText {
        let bytes = [UInt8](consume data)
        if let kind = BinarySniffer.binaryKind(of: bytes) {
            throw ExtractionError.binary(fileName, kind: kind)
        }
        let (charset, skip) = bomCharset(bytes) ?? (nil, 0)
        var decoded: DecodedText
        if let charset {
            decoded = try icuDecode(bytes[skip...], charset: charset, fileName: fileName)
        } else if bytes.contains(0), let utf16 = BinarySniffer.bomlessUTF16(bytes) {
            // Checked before UTF-8: UTF-16 ASCII with its zero bytes is valid UTF-8 too.
            decoded = try icuDecode(bytes[...], charset: utf16, fileName: fileName)
        } else if let utf8 = strictUTF8(bytes) {
            decoded = utf8
        } else if bytes.contains(0) {
            throw ExtractionError.binary(fileName, kind: "binary data (NUL bytes)")
        } else {
            decoded = try icuDecode(bytes[...], charset: guessCharset(bytes), fileName: fileName)
        }
        if decoded.scalars.first == "\u{FEFF}" {
            decoded.scalars.removeFirst()
            switch decoded.offsets {
            case .utf8(let start): decoded.offsets = .utf8(start: start + 3)
            case .table(var table):
                table.removeFirst()
                decoded.offsets = .table(table)
            }
        }
        if BinarySniffer.looksBinary(decoded.scalars) {
            throw ExtractionError.binary(fileName, kind: "binary data (control characters)")
        }
        if decoded.scalars.allSatisfy({ $0.isSpace }) {
            throw ExtractionError.empty(fileName)
        }
        return decoded
    }

    private static func bomCharset(_ b: [UInt8]) -> (String, Int)? {
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if b.starts(with: [0xFF, 0xFE, 0, 0]) { return ("UTF-32LE", 4) }
        if b.starts(with: [0, 0, 0xFE, 0xFF]) { return ("UTF-32BE", 4) }
        if b.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if b.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }

    /// Decodes straight into scalars, without a `String` between (another copy of the file).
    private static func strictUTF8(_ bytes: [UInt8]) -> DecodedText? {
        // Exactly as many as there are (a byte's worth each would be three times what Chinese
        // needs): in valid UTF-8 every byte but a continuation byte starts a scalar.
        var starts = 0
        for byte in bytes where byte & 0xC0 != 0x80 { starts += 1 }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(starts)
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break decoding
            case .error: return nil
            }
        }
        return DecodedText(scalars: scalars, offsets: .utf8(start: 0), byteCount: bytes.count,
                           encoding: "UTF-8", replacements: 0)
    }

    /// ICU's guess, except that a Western single-byte guess loses to GB18030 when the bytes are
    /// valid GB18030 and read as Chinese (ICU misjudges short Chinese texts).
    private static func guessCharset(_ bytes: [UInt8]) -> String {
        let guess = ICU.detectCharset(bytes)?.name ?? "GB18030"
        let cjk = ["GB18030", "Big5", "EUC-JP", "EUC-KR", "Shift_JIS", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"]
        if cjk.contains(guess) { return guess }
        if let gb = ICU.decode(bytes[...], charset: "GB18030"),
           !gb.scalars.contains("\u{FFFD}") {
            let nonASCII = gb.scalars.filter { $0.value > 0x7F }
            let han = nonASCII.filter(\.isHan).count
            if !nonASCII.isEmpty, han * 10 >= nonASCII.count * 6 { return "GB18030" }
        }
        return guess
    }

    private static func icuDecode(_ bytes: ArraySlice<UInt8>, charset: String, fileName: String) throws -> DecodedText {
        guard let (scalars, offsets) = ICU.decode(bytes, charset: charset) else {
            throw ExtractionError.damaged(fileName, reason: "cannot decode text as \(charset)")
        }
        let replacements = scalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        let name = charset == "GBK" || charset == "GB2312" ? "GB18030" : charset
        return DecodedText(scalars: scalars, offsets: .table(offsets), byteCount: bytes.endIndex,
                           encoding: name, replacements: replacements)
    }
}

extension DecodedText {
    /// The byte offset of every scalar, in order.
    var offsetList: [Int32] {
        var list: [Int32] = []
        list.reserveCapacity(scalars.count)
        forEachOffset { list.append($1) }
        return list
    }

    /// The starts of the scalars as a bit set over the file's bytes.
    var starts: ScalarStarts {
        var starts = ScalarStarts(byteCount: byteCount)
        forEachOffset { starts.insert(Int($1)) }
        return starts
    }

    /// Calls `body` with `state`, each scalar and its byte offset, in order.
    func forEachOffset<State>(into state: inout State, _ body: (inout State, Unicode.Scalar, Int32) -> Void) {
        switch offsets {
        case .table(let table):
            for (scalar, offset) in zip(scalars, table) { body(&state, scalar, offset) }
        case .utf8(var offset):
            for scalar in scalars {
                body(&state, scalar, offset)
                offset += Int32(UTF8.width(scalar))
            }
        }
    }

    /// Calls `body` with each scalar and its byte offset, in order.
    func forEachOffset(_ body: (Unicode.Scalar, Int32) -> Void) {
        var nothing: Void = ()
        forEachOffset(into: &nothing) { _, scalar, offset in body(scalar, offset) }
    }
}
