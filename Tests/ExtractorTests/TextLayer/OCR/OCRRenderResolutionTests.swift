import Foundation
import Testing
import TestSupport
@testable import Extractor

/// The resolution a PDF page is rendered at for OCR: a scan's own pixels decide, within limits.
@Suite("OCR render resolution")
struct OCRRenderResolutionTests {
    static let a4 = (width: 595.44, height: 842.04)

    @Test("A page that is no scan, or a scan of 150–300 dpi on A4, is rendered at 200 dpi", arguments: [
        nil, 150.0, 149.98, 200, 299.7, 300,
    ])
    func usual(own: Double?) {
        #expect(OCRSettings.renderDPI(width: Self.a4.width, height: Self.a4.height, scanResolution: own) == 200)
    }

    @Test("A scan is never enlarged more than 4/3 nor reduced below 2/3 of its own pixels", arguments: [
        (75.0, 100.0),  // a 150-dpi scan written on an A2 page: read as the same scan on A4
        (100, 133), (120, 160), (400, 267), (600, 400),
    ])
    func scaled(own: Double, expected: Double) {
        #expect(OCRSettings.renderDPI(width: 1191, height: 1684, scanResolution: own) == expected)
    }

    @Test("A fixed resolution asked for is taken as it is; the pixel budget still holds")
    func fixed() {
        #expect(OCRSettings.renderDPI(width: Self.a4.width, height: Self.a4.height, scanResolution: 150, base: 300) == 300)
        let dpi = OCRSettings.renderDPI(width: 14_400, height: 14_400, scanResolution: nil, base: 300)
        #expect(dpi < 300)
        #expect((14_400 * dpi / 72) * (14_400 * dpi / 72) <= Double(OCRSettings.maxRenderPixels))
    }

    @Test("A page 150 inches square is rendered within the pixel budget, not at 200 dpi (3.7 GB)")
    func budget() {
        let dpi = OCRSettings.renderDPI(width: 11_000, height: 11_000, scanResolution: nil)
        let pixels = (11_000 * dpi / 72).rounded() * (11_000 * dpi / 72).rounded()
        #expect(pixels <= Double(OCRSettings.maxRenderPixels))
        #expect(pixels > 0.95 * Double(OCRSettings.maxRenderPixels))
        // The probe for ink asks for less.
        let probe = OCRSettings.renderDPI(width: 14_400, height: 14_400, scanResolution: nil, base: 36, maxPixels: 4_000_000)
        #expect((14_400 * probe / 72) * (14_400 * probe / 72) <= 4_000_000)
    }

    @Test("A 100-pixel image on a page 200 inches square (0.5 dpi) is read from its own pixels, not blown up to the budget")
    func tinyScan() {
        let dpi = OCRSettings.renderDPI(width: 14_400, height: 14_400, scanResolution: 0.5)
        #expect(dpi == 1)
    }

    @Test("A scanned page's own resolution is its largest image's pixels over the points it covers; none of the real scans is speckled",
          arguments: [
              ("seed-000-scan.pdf", 300.0, 0), ("heihe-project-coop-scan.pdf", 200, 1),
              ("gd-skills-event-scan.pdf", 150, 0), ("zhaoxin-license-scan.pdf", 150, 0),
          ] as [(String, Double, Int)])
    func corpusScans(file: String, dpi: Double, page: Int) throws {
        let document = try PopplerDocument(data: Data(contentsOf: Repo.corpus(file)), fileName: file)
        let own = try #require(document.scanImage(at: page))
        #expect(abs(own.resolution - dpi) < 0.5)
        // heihe's pages are 1-bit CCITT, clean: filtered, its thin strokes went gray (一 read `--`).
        #expect(!own.speckled)
    }

    @Test("A page of text, or with images covering less than half of it, has no scan resolution", arguments: [
        "seed-000.pdf", "yuanding-labor.pdf",
    ])
    func notScans(file: String) throws {
        let document = try PopplerDocument(data: Data(contentsOf: Repo.corpus(file)), fileName: file)
        for page in 0..<min(3, document.pageCount) {
            #expect(document.scanImage(at: page) == nil)
        }
    }

    /// The crop of a corpus scan written into PDFs by Pillow: at 200 dpi, and as a 150-dpi scan
    /// on its page and on a page twice as large (75 dpi), as a scanner writing A2 would.
    static let dir: URL? = try? ScanCrops.write("""
        crop.save(out + '/own.pdf', resolution=200.0)
        crop.save(out + '/scan150.pdf', resolution=150.0)
        crop.save(out + '/scan150-twice-as-large.pdf', resolution=75.0)
        clean = crop.point(lambda v: 255 if v > 128 else 0).convert('1')
        clean.save(out + '/bilevel.pdf', resolution=200.0)
        specks = clean.copy()
        import random
        rng = random.Random(7)
        for _ in range(specks.width * specks.height * 15 // 10000):  # 0.15%: the bench's fax speckle
            specks.putpixel((rng.randrange(specks.width), rng.randrange(specks.height)), 0)
        specks.save(out + '/speckled.pdf', resolution=200.0)
        from PIL import Image as PILImage, ImageDraw
        seal = PILImage.new('RGB', (400, 200), 'white')
        draw = ImageDraw.Draw(seal)
        draw.rectangle((20, 20, 120, 180), fill=(20, 20, 20))      # black print
        draw.ellipse((150, 20, 250, 180), fill=(220, 40, 40))      # a red seal
        draw.rectangle((280, 20, 380, 180), fill=(30, 40, 160))    # blue ink
        seal.save(out + '/seal.pdf', resolution=200.0)
        """)

    @Test("A page is grayed by its red channel: a red seal fades to paper, black print and blue ink stay dark", .slowLane)
    func redSealFades() throws {
        let url = try #require(Self.dir).appendingPathComponent("seal.pdf")
        let image = try PopplerDocument(data: Data(contentsOf: url), fileName: "seal.pdf").renderGray(at: 0, dpi: 200)
        func pixel(_ x: Int, _ y: Int) -> UInt8 { image.pixels[y * image.width + x] }
        #expect(pixel(70, 100) < 60)   // black
        #expect(pixel(200, 100) > 200) // red
        #expect(pixel(330, 100) < 60)  // blue
    }

    @Test("Pages rendered for OCR: a 150-dpi scan gives the same pixels on a page twice as large",
          .slowLane, arguments: [("own.pdf", 200.0, 1.0), ("scan150.pdf", 200, 4.0 / 3), ("scan150-twice-as-large.pdf", 100, 4.0 / 3)] as [(String, Double, Double)])
    func rendered(file: String, dpi: Double, enlarged: Double) throws {
        let url = try #require(Self.dir).appendingPathComponent(file)
        let document = try PopplerDocument(data: Data(contentsOf: url), fileName: file)
        let own = try #require(document.scanImage(at: 0)?.resolution)
        let page = try document.page(at: 0)
        let chosen = OCRSettings.renderDPI(width: page.width, height: page.height, scanResolution: own)
        #expect(chosen == dpi)
        let image = try document.renderGray(at: 0, dpi: chosen)
        #expect(abs(Double(image.width) - Double(ScanCrops.top.width) * enlarged) <= 2)
        #expect(abs(Double(image.height) - Double(ScanCrops.top.height) * enlarged) <= 2)
    }

    @Test("A page drawn from a 1-bit image with 0.15% specks is speckled; the same crop clean, or in gray, is not",
          .slowLane, arguments: [("speckled.pdf", true), ("bilevel.pdf", false), ("own.pdf", false)])
    func speckled(file: String, expected: Bool) throws {
        let url = try #require(Self.dir).appendingPathComponent(file)
        let document = try PopplerDocument(data: Data(contentsOf: url), fileName: file)
        #expect(try #require(document.scanImage(at: 0)).speckled == expected)
    }
}
