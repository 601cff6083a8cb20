import Foundation
@testable import Extractor
import Testing

/// Page images for the review page: poppler renders PDF pages (PNG written by Leptonica), page
/// images are served as themselves, documents without pages are refused.
@Suite("Page image")
struct PageImageTests {
    @Test("A PDF page is rendered as a gray PNG of the page's size at the dpi asked for")
    func pdf() throws {
        let image = try PageImage.render(data: Data(contentsOf: Repo.corpus("seed-000.pdf")), fileName: "seed-000.pdf", page: 1, dpi: 72)
        #expect(image.mediaType == "image/png")
        let bytes = [UInt8](image.data)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // IHDR: width and height, big-endian, at bytes 16 and 20; 8-bit gray (colour type 0).
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 595 && height == 842)
        #expect(bytes[24] == 8 && bytes[25] == 0)
        #expect(throws: ExtractionError.self) {
            try PageImage.render(data: Data(contentsOf: Repo.corpus("seed-000.pdf")), fileName: "seed-000.pdf", page: 9)
        }
    }

    @Test("A JPEG page is served as its own bytes; text has no pages")
    func images() throws {
        let jpeg = try Data(contentsOf: Repo.corpus("xincai-dorm-purchase-photo.jpeg"))
        let image = try PageImage.render(data: jpeg, fileName: "photo.jpeg", page: 1)
        #expect(image.data == jpeg && image.mediaType == "image/jpeg")
        #expect(throws: ExtractionError.self) { try PageImage.render(data: jpeg, fileName: "photo.jpeg", page: 2) }
        #expect(throws: ExtractionError.self) { try PageImage.render(data: Data("甲方：某公司\n".utf8), fileName: "a.txt", page: 1) }
    }

    @Test("Gray pixels written as PNG by Leptonica read back as the same pixels (via a TIFF-free round trip through ImageFile)")
    func roundTrip() throws {
        var pixels = [UInt8](repeating: 255, count: 7 * 5)
        pixels[0] = 0
        pixels[7 * 5 - 1] = 17
        let png = try GrayImage(width: 7, height: 5, pixels: pixels, dpi: 144).png()
        let back = try ImageFile(data: png, kind: .png, fileName: "x.png").page(0)
        #expect(back.width == 7 && back.height == 5 && back.pixels == pixels && back.dpi == 144)
    }
}
