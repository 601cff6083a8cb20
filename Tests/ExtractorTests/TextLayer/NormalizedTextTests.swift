import Foundation
import Schema
import Testing
@testable import Extractor

@Suite("Normalized text and its index")
struct NormalizedTextTests {
    @Test("for text input a span maps back to its exact source bytes")
    func textBytes() throws {
        let source = "**甲方**：蛟河市人民法院\n- 地址：北京路 55 号\n"
        let doc = try Extractor().read(data: Data(source.utf8), fileName: "t.txt")
        #expect(doc.text.string == "甲方：蛟河市人民法院\n地址：北京路55号")
        let text = doc.text.string
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex,
                                                  to: text.range(of: "北京路55号")!.lowerBound.samePosition(in: text.unicodeScalars)!)
        let span = start..<(start + 6)
        let bytes = try #require(doc.text.byteRange(of: span))
        let raw = Array(source.utf8)[bytes]
        #expect(String(decoding: raw, as: UTF8.self) == "北京路 55 号")
        let location = doc.text.location(of: span)
        #expect(location.start == start && location.end == start + 6)
        #expect(location.page == nil && location.bbox == nil)
    }

    @Test("a span that ends the file ends at the file's last byte, in UTF-8 and in GB18030")
    func lastScalarBytes() throws {
        let utf8 = try Extractor().read(data: Data("甲方：张三".utf8), fileName: "t.txt")
        #expect(utf8.text.byteRange(of: 3..<5) == 9..<15)  // 张三: two 3-byte scalars (was 9..<13)
        let gbBytes = Data([0xBC, 0xD7, 0xB7, 0xBD, 0xA3, 0xBA, 0xD5, 0xC5, 0xC8, 0xFD])  // 甲方：张三 in GB18030
        let gb = try Extractor().read(data: gbBytes, fileName: "t.txt")
        #expect(gb.source.encoding == "GB18030")
        #expect(gb.text.byteRange(of: 3..<5) == 6..<10)  // two bytes a Han character
    }

    @Test("scalar starts: the next start after an offset, the file end after the last")
    func scalarStarts() {
        var starts = ScalarStarts(byteCount: 200)
        for offset in [0, 3, 63, 64, 130] { starts.insert(offset) }
        starts.insert(200)  // outside the bytes: ignored
        #expect(starts.next(after: 0) == 3)
        #expect(starts.next(after: 3) == 63)
        #expect(starts.next(after: 63) == 64)
        #expect(starts.next(after: 64) == 130)
        #expect(starts.next(after: 130) == 200)
        #expect(starts.next(after: 199) == 200)
        #expect(starts.contains(64) && !starts.contains(65) && !starts.contains(200))
    }

    @Test("for PDF input a span has the page and the box of its glyphs")
    func pdfBoxes() throws {
        let doc = try Extractor().read(contentsOf: Repo.corpus("bbj-purchase.pdf"))
        let text = doc.text.string
        let range = try #require(text.range(of: "农行厦门马巷支行"))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        let location = doc.text.location(of: start..<(start + 8))
        #expect(location.page == 1)
        let box = try #require(location.bbox)
        #expect(box.x0 > 30 && box.x1 < 300 && box.y0 > 700 && box.y1 < 740)
        #expect(box.x1 - box.x0 > 60)  // eight characters wide, not one
    }

    @Test("slices and lines agree with the string")
    func slices() throws {
        let doc = try Extractor().read(data: Data("第一条 定义\n\n第二条 费用".utf8), fileName: "t.txt")
        #expect(doc.text.lines.map { doc.text.slice($0.range) } == ["第一条 定义", "第二条 费用"])
        #expect(doc.text.count == doc.text.string.unicodeScalars.count)
    }
}
