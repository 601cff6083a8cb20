import Foundation
import Testing
@testable import Extractor

/// Pages that lie sideways or upside down are read the right way up, their text in reading order
/// and every location on the page as the file draws it; a page turned by `/Rotate` is read as
/// it is shown.
@Suite("Page orientation")
struct PageOrientationTests {
    @Test("a box turns with its page: 180° mirrors both sides, 90° and 270° swap them; turned back it is where it was")
    func turnedBoxes() {
        let box = Rect(x0: 10, y0: 20, x1: 30, y1: 25)  // on a page 100 wide and 200 high
        #expect(PageOrientation.turned(box, rotation: 180, width: 100, height: 200) == Rect(x0: 70, y0: 175, x1: 90, y1: 180))
        #expect(PageOrientation.turned(box, rotation: 90, width: 100, height: 200) == Rect(x0: 175, y0: 10, x1: 180, y1: 30))
        #expect(PageOrientation.turned(box, rotation: 270, width: 100, height: 200) == Rect(x0: 20, y0: 70, x1: 25, y1: 90))
        let turned = PageOrientation.turned(box, rotation: 90, width: 100, height: 200)
        #expect(PageOrientation.turned(turned, rotation: 270, width: 200, height: 100) == box)
        #expect(PageOrientation.turned(box, rotation: 45, width: 100, height: 200) == box)
        #expect(PageOrientation.uprightHeight(rotation: 90, width: 100, height: 200) == 100)
        #expect(PageOrientation.uprightHeight(rotation: 180, width: 100, height: 200) == 200)
    }

    @Test("glyphs of a page read upside down are laid out top to bottom once turned")
    func uprightGlyphs() {
        // 甲 above 乙 on the page as it reads; the file draws it upside down, so 乙 is drawn above.
        let drawn = [Glyph(scalar: "乙", rect: Rect(x0: 80, y0: 20, x1: 90, y1: 30), index: 0, ocr: true),
                     Glyph(scalar: "甲", rect: Rect(x0: 80, y0: 60, x1: 90, y1: 70), index: 1, ocr: true)]
        let upright = PageOrientation.upright(drawn, rotation: 180, width: 100, height: 100)
        #expect(upright.sorted { $0.rect.y0 < $1.rect.y0 }.map(\.scalar) == ["甲", "乙"])
        #expect(upright.map(\.index) == [0, 1])
    }

    /// The seed-000 scan's crop (ScanCrops.top) upright, turned clockwise by 90, 180 and 270
    /// degrees, and turned 90 counter-clockwise with `/Rotate 90` to show it upright.
    static let dir: URL? = try? ScanCrops.write("""
        import re
        crop.save(out + '/upright.pdf', resolution=200.0)
        for c in (90, 180, 270):
            crop.rotate(-c, expand=True).save(out + f'/turned-{c}.pdf', resolution=200.0)
        crop.rotate(90, expand=True).save(out + '/drawn-sideways.pdf', resolution=200.0)
        data = open(out + '/drawn-sideways.pdf', 'rb').read()
        data = data.replace(b'/Type /Page\\n', b'/Type /Page\\n/Rotate 90\\n', 1)
        start = data.rindex(b'\\nxref\\n') + 1  # the objects moved: a new cross-reference table
        offsets = {int(m.group(1)): m.start() for m in re.finditer(rb'(?m)^(\\d+) 0 obj', data[:start])}
        size = max(offsets) + 1
        xref = b'xref\\n0 %d\\n0000000000 65535 f \\n' % size + b''.join(b'%010d 00000 n \\n' % offsets[i] for i in range(1, size))
        trailer = re.sub(rb'startxref\\s+\\d+', b'startxref\\n%d' % start, data[data.index(b'trailer', start):])
        open(out + '/rotate-90.pdf', 'wb').write(data[:start] + xref + trailer)
        """)

    /// The text of `file` and the box of `甲方：塔城市公安局` in it.
    static func read(_ file: String) throws -> (text: String, box: [Double], page: (Double, Double)) {
        let url = try #require(dir).appendingPathComponent(file)
        let document = try Extractor().read(contentsOf: url)
        let text = document.text.string
        let hit = try #require(text.range(of: "甲方：塔城市公安局"), "\(file): \(text)")
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: hit.lowerBound)
        let location = document.text.location(of: offset..<(offset + 9))
        let page = try #require(document.source.pages.first)
        let box = try #require(location.bbox)
        return (text, [box.x0, box.y0, box.x1, box.y1], (page.width, page.height))
    }

    @Test("a page drawn turned clockwise by 90, 180 or 270 degrees reads in order; its locations point at the ink",
          .slowLane, arguments: [90, 180, 270])
    func turnedPage(clockwise: Int) throws {
        let upright = try Self.read("upright.pdf")
        let turned = try Self.read("turned-\(clockwise).pdf")
        let lines = turned.text.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("合同编号") == true, "\(turned.text)")
        let order = ["中国移动通信集团新疆有限公司", "塔城地区分公司", "甲方：塔城市公安局"].map { name in
            lines.firstIndex { $0.contains(name) } ?? -1
        }
        #expect(order == order.sorted() && !order.contains(-1), "\(turned.text)")
        // The upright page's box, turned with the page, is where the turned page has it.
        let (w, h) = upright.page
        let u = upright.box
        let expected = PageOrientation.turned(Rect(x0: u[0], y0: u[1], x1: u[2], y1: u[3]), rotation: clockwise, width: w, height: h)
        let got = turned.box
        for (a, b) in zip([expected.x0, expected.y0, expected.x1, expected.y1], got) {
            #expect(abs(a - b) < 4, "expected \(expected), got \(got)")
        }
    }

    @Test("/Rotate 90 on a page drawn sideways: read as shown, upright, with the shown page's coordinates", .slowLane)
    func rotateEntry() throws {
        let upright = try Self.read("upright.pdf")
        let shown = try Self.read("rotate-90.pdf")
        // The page as shown is the upright crop's size (the file's MediaBox is the other way round).
        #expect(abs(shown.page.0 - upright.page.0) < 1 && abs(shown.page.1 - upright.page.1) < 1)
        #expect(shown.text.split(separator: "\n").first?.hasPrefix("合同编号") == true)
        for (a, b) in zip(upright.box, shown.box) { #expect(abs(a - b) < 4, "\(upright.box) vs \(shown.box)") }
    }
}
