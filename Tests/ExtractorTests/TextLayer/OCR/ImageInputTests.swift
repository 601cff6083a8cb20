import Foundation
import Schema
import Testing
import TestSupport
@testable import Extractor

/// Page images in: JPEG, PNG and TIFF read by OCR; hostile images refused with one reason.
/// Fixtures are written at test time from a small crop of a corpus scan.
@Suite("Image input", .serialized, .slowLane)
struct ImageInputTests {
    static let dir: URL? = try? ScanCrops.write("""
        crop.save(out + '/page.png', dpi=(200, 200))
        crop.convert('RGB').save(out + '/page.jpg', quality=90, dpi=(200, 200))
        blank = Image.new('L', crop.size, 255)
        crop.save(out + '/two.tif', save_all=True, append_images=[blank], dpi=(200, 200))
        crop.convert('CMYK').save(out + '/cmyk.tif', dpi=(200, 200))
        crop.convert('I;16').save(out + '/sixteen.tif', dpi=(200, 200))
        # A scanner's 16 bits use the whole range: the gray level is in the high byte.
        crop.convert('I').point(lambda v: v * 256).convert('I;16').save(out + '/sixteen-full.tif', dpi=(200, 200))
        crop.convert('1').save(out + '/bitonal.tif', dpi=(200, 200))
        clean = crop.point(lambda v: 255 if v > 128 else 0).convert('1')
        clean.save(out + '/clean.tif', dpi=(200, 200))
        import random
        rng = random.Random(7)
        for _ in range(clean.width * clean.height * 15 // 10000):
            clean.putpixel((rng.randrange(clean.width), rng.randrange(clean.height)), 0)
        clean.save(out + '/speckled.tif', dpi=(200, 200))
        jpeg = open(out + '/page.jpg', 'rb').read()
        open(out + '/truncated.jpg', 'wb').write(jpeg[:len(jpeg) // 2])
        open(out + '/empty.png', 'wb').write(b'')
        open(out + '/garbage.png', 'wb').write(b'\\x89PNG\\r\\n\\x1a\\n' + b'\\x00' * 40)
        def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
        bomb = chunk(b'IHDR', struct.pack('>IIBBBBB', 30000, 30000, 8, 0, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(b'\\x00' + b'\\xff' * 30000))
        open(out + '/bomb.png', 'wb').write(b'\\x89PNG\\r\\n\\x1a\\n' + bomb + chunk(b'IEND', b''))
        frames = [Image.new('1', (64, 64), 1) for _ in range(500)]
        frames[0].save(out + '/blank500.tif', save_all=True, append_images=frames[1:], compression='group4')
        """)

    static func url(_ name: String) throws -> URL { try #require(dir).appendingPathComponent(name) }

    @Test("PNG, JPEG and TIFF (colour, CMYK, 16-bit, 1-bit) are read by OCR, with page and box", arguments: [
        ("page.png", Source.Format.png), ("page.jpg", .jpeg), ("cmyk.tif", .tiff), ("sixteen.tif", .tiff), ("sixteen-full.tif", .tiff),
        ("bitonal.tif", .tiff),
    ])
    func formats(name: String, format: Source.Format) throws {
        let document = try Extractor().read(contentsOf: try Self.url(name))
        #expect(document.source.format == format)
        #expect(document.source.textLayer == .ocr && document.source.pageCount == 1)
        // 1654 px at 200 dpi: 595.44 pt wide.
        #expect(document.source.pages.first.map { abs($0.width - 595.44) < 0.1 } == true)
        let text = document.text.string
        let hit = try #require(text.range(of: "塔城市公安局"), "\(name): \(text)")
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: hit.lowerBound)
        let location = document.text.location(of: offset..<(offset + 6))
        #expect(location.page == 1 && location.bbox != nil)
        #expect(document.text.ocrConfidence(of: offset..<(offset + 6)) != nil)
        #expect(!document.diagnostics.contains { $0.code == "no-text-layer" })
    }

    @Test("a 1-bit TIFF with 0.15% specks is speckled (PP-OCR median-filters it); clean, gray or colour pages are not",
          arguments: [("speckled.tif", ImageFile.Kind.tiff, true), ("clean.tif", .tiff, false), ("page.png", .png, false),
                      ("page.jpg", .jpeg, false)])
    func speckled(name: String, kind: ImageFile.Kind, expected: Bool) throws {
        let file = try ImageFile(data: Data(contentsOf: try Self.url(name)), kind: kind, fileName: name)
        #expect(try file.page(0).speckled == expected)
    }

    @Test("a two-page TIFF: page 1 read, the blank page 2 reported, not OCR'd")
    func multipage() throws {
        let document = try Extractor().read(contentsOf: try Self.url("two.tif"))
        #expect(document.source.pageCount == 2 && document.source.format == .tiff)
        #expect(document.text.string.contains("中国移动通信集团新疆有限公司"))
        #expect(document.diagnostics.contains { $0.code == "no-text-layer" && $0.message.contains("Pages 2 ") })
    }

    @Test("--ocr never: an image is a record with no text and says so")
    func never() throws {
        let document = try Extractor(options: ExtractionOptions(ocr: .never)).read(contentsOf: try Self.url("page.png"))
        #expect(document.text.string.isEmpty)
        #expect(document.diagnostics.contains { $0.code == "no-text-layer" && $0.severity == .error })
    }

    @Test("hostile images: one reason each, before any large allocation", arguments: [
        ("truncated.jpg", "the JPEG image is truncated (no end-of-image marker)"),
        ("garbage.png", "the PNG image has no readable header"),
        ("bomb.png", "is 30000×30000 pixels, more than the limit of 100 megapixels a page"),
    ])
    func hostile(name: String, reason: String) throws {
        do {
            _ = try Extractor().read(contentsOf: try Self.url(name))
            Issue.record("\(name) was read")
        } catch let error as ExtractionError {
            #expect(error.description.contains(reason), "\(error)")
            #expect(error.exitCode == 65)
        }
    }

    @Test("an empty image file is empty input (exit 65)")
    func empty() throws {
        #expect(throws: ExtractionError.empty("empty.png")) { try Extractor().read(data: Data(), fileName: "empty.png") }
    }

    @Test("500 blank TIFF pages: a record of 500 pages without OCR")
    func manyPages() throws {
        let document = try Extractor().read(contentsOf: try Self.url("blank500.tif"))
        #expect(document.source.pageCount == 500)
        #expect(document.diagnostics.contains { $0.code == "no-text-layer" && $0.severity == .error })
        #expect(Extractor.pageCount(try Data(contentsOf: try Self.url("blank500.tif"))) == 500)
    }
}
