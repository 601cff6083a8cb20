import Foundation
import Testing
@testable import Extractor

@Suite("Charset detection and decoding")
struct TextDecoderTests {
    let sample = "甲方：蛟河市人民法院\n乙方：中国移动通信集团吉林有限公司吉林市分公司\n第一条 合同当事人\n本协议一式肆份，甲乙双方各执贰份。\n"

    func encoded(_ text: String, _ charset: String) -> Data {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        p.arguments = ["-f", "UTF-8", "-t", charset]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        try! p.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try! input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return data
    }

    @Test("strict UTF-8: an encoded surrogate, an overlong form or a cut-off sequence is not UTF-8", arguments: [
        [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xE7, 0x94], [0xF4, 0x90, 0x80, 0x80],
    ] as [[UInt8]])
    func strictUTF8(bad: [UInt8]) throws {
        // Long enough that a U+FFFD or two do not make it look binary. The strict reading refuses
        // the bytes; ICU's detector then reads the text as UTF-8 with the bad bytes replaced and
        // counted (the `invalid-encoding` warning). A strict reading that let them through, or
        // replaced them itself, would report no replacement.
        let text = Data(String(repeating: "甲方：北京某某科技有限公司，乙方：上海某某贸易有限公司。", count: 8).utf8)
        let clean = try TextDecoder.decode(text, fileName: "x.txt")
        #expect(clean.encoding == "UTF-8" && clean.replacements == 0)
        // (Or, when the detector guesses a charset in which the bytes are control characters,
        // refused as binary: not read as clean UTF-8 either way.)
        if let damaged = try? TextDecoder.decode(text + Data(bad) + Data("。".utf8), fileName: "x.txt") {
            #expect(damaged.replacements >= 1)
            #expect(damaged.scalars.contains("\u{FFFD}"))
        }
        #expect(try decode(Data("𠀀甲\u{10FFFF}".utf8)).0 == "𠀀甲\u{10FFFF}")
    }

    func decode(_ data: Data) throws -> (String, String) {
        let d = try TextDecoder.decode(data, fileName: "x.txt")
        var view = String.UnicodeScalarView()
        view.append(contentsOf: d.scalars)
        return (String(view), d.encoding)
    }

    @Test("each encoding is detected and decodes to the same text", arguments: [
        ("UTF-8", "UTF-8"), ("GB18030", "GB18030"), ("GBK", "GB18030"), ("BIG5", "Big5"),
        ("UTF-16LE", "UTF-16LE"), ("UTF-16BE", "UTF-16BE"),
    ])
    func encodings(iconvName: String, reported: String) throws {
        var data = encoded(sample, iconvName)
        if iconvName == "BIG5" {
            // Big5 has traditional forms; compare against the round trip instead.
            let (text, encoding) = try decode(data)
            #expect(encoding == reported)
            #expect(text.contains("甲方"))
            return
        }
        if iconvName.hasPrefix("UTF-16") {
            data = (iconvName == "UTF-16LE" ? Data([0xFF, 0xFE]) : Data([0xFE, 0xFF])) + data
        }
        let (text, encoding) = try decode(data)
        #expect(encoding == reported)
        #expect(text == sample)
    }

    @Test("UTF-16 without a BOM is recognized by its zero bytes")
    func bomlessUTF16() throws {
        let (text, encoding) = try decode(encoded("Contract 合同 No. 1\n", "UTF-16LE"))
        #expect(encoding == "UTF-16LE")
        #expect(text == "Contract 合同 No. 1\n")
    }

    @Test("a UTF-8 BOM is dropped and offsets still point at the right bytes")
    func utf8BOM() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("甲方".utf8)
        let d = try TextDecoder.decode(data, fileName: "x.txt")
        #expect(d.scalars == ["甲", "方"])
        #expect(d.offsetList == [3, 6])
    }

    @Test("GB18030 offsets are byte offsets in the GB18030 file")
    func gbOffsets() throws {
        let d = try TextDecoder.decode(encoded("A甲B", "GB18030"), fileName: "x.txt")
        #expect(d.offsetList == [0, 1, 3])
    }

    @Test("CRLF and CR line ends are lines like LF")
    func lineEnds() {
        #expect(normalized("第一条 定义\r\n第二条 费用\r第三条 期限") == ["第一条 定义", "第二条 费用", "第三条 期限"])
    }

    // Document formats (JPEG, ZIP/DOCX …) are named before decoding, by `InputFormat`.
    @Test("binary input is refused with what it looks like", arguments: [
        (Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01]), "ELF"),
        (Data([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00]), "gzip"),
        (Data([0x41, 0, 0x42, 0, 0, 0, 0x43, 0x00, 0xFF]), "NUL"),
        (Data((0..<400).map { UInt8($0 % 32) }), "control"),
    ])
    func binary(data: Data, expected: String) {
        #expect {
            try TextDecoder.decode(data, fileName: "x.txt")
        } throws: { error in
            guard case .binary(_, let kind) = error as? ExtractionError else { return false }
            return kind.contains(expected)
        }
    }

    @Test("whitespace only is an empty file")
    func whitespaceOnly() {
        #expect(throws: ExtractionError.empty("x.txt")) { try TextDecoder.decode(Data(" \n\r\n\t".utf8), fileName: "x.txt") }
    }

    @Test("a stray invalid byte in GB18030 text becomes U+FFFD and is counted, not fatal")
    func invalidBytes() throws {
        var data = encoded(sample, "GB18030")
        data.insert(0xFF, at: 10)
        let d = try TextDecoder.decode(data, fileName: "x.txt")
        #expect(d.encoding == "GB18030")
        #expect(d.replacements >= 1)
    }
}
