import Foundation
import Schema

/// A JPEG, PNG or TIFF read like an image-only PDF: each page decoded (`ImageFile`), read by the
/// OCR engine, its characters placed in points at the image's own resolution, then the same line,
/// column and furniture steps as a PDF. `auto` and `always` OCR every page with ink on it (a
/// blank page is left empty: 500 blank TIFF pages cost no OCR); `never` reads nothing, which
/// the record reports as `no-text-layer`.
enum ImageTextLayer {
    static func read(_ file: ImageFile, ocr: ExtractionOptions.OCRMode, engine: OCREngineKind, engines: OCREngines = .shared,
                     gray: ImageFile.GrayMode = OCRSettings.imageGray,
                     prepareOCR: (@Sendable () -> Void)? = nil,
                     ocrProgress: (@Sendable (Int, Int) -> Void)? = nil) throws -> PdfText {
        var pages: [Page] = []
        var visual: [[VisualLine]] = []
        var rules: [[VerticalRule]] = []
        var places: [GlyphPlace] = []
        var empty: [Int] = []
        var heights: [Double] = []
        var prepared = false
        // The engine reads a page on a thread of its own while this one decodes the next page
        // and lays out the last (`OCRQueue`).
        let queue = OCRQueue(engines: engines, kind: engine)
        defer { queue.waitForAll() }  // a page that fails to decode leaves no page being read
        func finish(_ number: Int, _ image: GrayImage, _ reading: OCRQueue.Reading?) {
            let width = Double(image.width) * 72 / image.dpi, height = Double(image.height) * 72 / image.dpi
            var glyphs: [Glyph] = []
            var rotation = 0
            if let page = reading?.wait() {
                rotation = page.rotation
                let read = OCRGlyphs.glyphs(from: page.symbols, firstIndex: places.count, page: number)
                glyphs = read.glyphs
                places += read.places
            }
            pages.append(Page(number: number, textLayer: .ocr, width: width, height: height))
            heights.append(PageOrientation.uprightHeight(rotation: rotation, width: width, height: height))
            if glyphs.isEmpty { empty.append(number) }
            let laid = PdfTextLayer.ocrLayout(glyphs, rotation: rotation, width: width, height: height,
                                              image: glyphs.isEmpty ? nil : image)
            visual.append(glyphs.isEmpty ? [] : LineBuilder.lines(from: laid.glyphs))
            rules.append(laid.rules)
        }
        // The page with the engine, not laid out yet.
        var waiting: (number: Int, image: GrayImage, reading: OCRQueue.Reading)?
        for index in 0..<file.pageCount {
            let number = index + 1
            let image = try file.page(index, gray: gray)
            guard ocr != .never, TextLayerQuality.isMostlyInk(image) else {
                if let page = waiting { finish(page.number, page.image, page.reading) }
                waiting = nil
                finish(number, image, nil)
                continue
            }
            if !prepared {
                prepared = true
                prepareOCR?()
                queue.start()  // the engine loads while the first page decodes
            }
            let count = file.pageCount
            let reading = queue.submit(image) { ocrProgress?(number, count) }
            // The engine reads this page while the one before it is laid out.
            if let page = waiting { finish(page.number, page.image, page.reading) }
            waiting = (number, image, reading)
        }
        if let page = waiting { finish(page.number, page.image, page.reading) }
        return PdfTextLayer.assemble(visual, rules: rules, pages: pages, glyphs: places, pagesWithoutText: empty, pageHeights: heights,
                                     ocrFallback: queue.fallback)
    }
}
