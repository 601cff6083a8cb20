import Foundation
import Schema

/// Where a PDF glyph sits: its page and box. The normalized text's index points into a table
/// of these, so every code point can be traced back to the page.
struct GlyphPlace: Sendable {
    var page: Int32
    var rect: Rect
    /// OCR confidence 0–100; negative for a glyph of the PDF's own text layer.
    var confidence: Float = -1
}

/// A PDF read into source lines in reading order, with page furniture taken out.
struct PdfText: Sendable {
    var lines: [SourceLine]
    var pages: [Page]
    var furniture: [PageFurniture]
    var glyphs: [GlyphPlace]
    /// 1-based numbers of pages with no text at all (scans, blank pages).
    var pagesWithoutText: [Int]
    /// Why the OCR engine asked for was not the one that read the pages (nil when it was).
    var ocrFallback: String? = nil
}

/// Reads a PDF through poppler and rebuilds its lines from glyph geometry.
enum PdfTextLayer {
    static func read(data: Data, fileName: String, ocr: ExtractionOptions.OCRMode = .auto, dpi: Double? = nil,
                     engine engineKind: OCREngineKind = .ppocr, engines: OCREngines = .shared,
                     prepareOCR: (@Sendable () -> Void)? = nil,
                     ocrProgress: (@Sendable (Int, Int) -> Void)? = nil) throws -> PdfText {
        let document = try PopplerDocument(data: data, fileName: fileName)
        guard document.pageCount > 0 else {
            throw ExtractionError.damaged(fileName, reason: "the PDF has no pages")
        }
        // The process's engine (started once, kept across documents) reads each page on a thread
        // of its own while this one renders the next page and lays out the last (`OCRQueue`).
        let queue = OCRQueue(engines: engines, kind: engineKind)
        defer { queue.waitForAll() }  // a page that fails to render leaves no page being read
        var prepared = false
        var pages: [Page] = []
        var visual: [[VisualLine]] = []
        var rules: [[VerticalRule]] = []
        var places: [GlyphPlace] = []
        var empty: [Int] = []
        var pageHeights: [Double] = []
        // A page read: its glyphs numbered on from the pages before it, laid out.
        func finish(_ page: PendingPage) {
            var raw = page.raw
            var layer: Page.TextLayer = .native
            // nil when no engine could read the page: it then keeps its own layer, if any.
            let read = page.reading?.wait()
            let rotation = read?.rotation ?? 0
            if let symbols = read?.symbols {
                // The page's characters come from OCR, boxes and confidences included.
                let read = OCRGlyphs.glyphs(from: symbols, firstIndex: places.count, page: raw.number)
                raw.glyphs = read.glyphs
                places += read.places
                layer = .ocr
            } else {
                let first = Int32(places.count)
                for k in raw.glyphs.indices { raw.glyphs[k].index += first }
                places += raw.glyphs.map { GlyphPlace(page: Int32(raw.number), rect: $0.rect) }
            }
            pages.append(Page(number: raw.number, textLayer: layer, width: raw.width, height: raw.height))
            pageHeights.append(PageOrientation.uprightHeight(rotation: rotation, width: raw.width, height: raw.height))
            if raw.glyphs.isEmpty { empty.append(raw.number) }
            if raw.glyphs.isEmpty {
                visual.append([])
                rules.append([])
            } else if layer == .ocr {
                let laid = ocrLayout(raw.glyphs, rotation: rotation, width: raw.width, height: raw.height, image: page.image)
                visual.append(LineBuilder.lines(from: laid.glyphs))
                rules.append(laid.rules)
            } else {
                visual.append(LineBuilder.lines(from: raw.glyphs))
                rules.append([])
            }
        }
        // The page with the engine, not laid out yet.
        var waiting: PendingPage?
        for index in 0..<document.pageCount {
            // Numbered from 0 here; `finish` numbers them on from the pages before.
            let raw = try document.page(at: index)
            guard try routesToOCR(raw, mode: ocr, document: document, index: index) else {
                if let page = waiting { finish(page) }
                waiting = nil
                finish(PendingPage(raw: raw))
                continue
            }
            if !prepared {
                prepared = true
                prepareOCR?()
                queue.start()  // the engine loads while the first page renders
            }
            let scan = document.scanImage(at: index)
            let resolution = OCRSettings.renderDPI(width: raw.width, height: raw.height,
                                                   scanResolution: dpi == nil ? scan?.resolution : nil, base: dpi)
            var image = try document.renderGray(at: index, dpi: resolution)
            image.speckled = scan?.speckled ?? false
            let (number, count) = (raw.number, document.pageCount)
            let reading = queue.submit(image) { ocrProgress?(number, count) }
            // The engine reads this page while the page before it is laid out.
            if let page = waiting { finish(page) }
            waiting = PendingPage(raw: raw, image: image, reading: reading)
        }
        if let page = waiting { finish(page) }
        return assemble(visual, rules: rules, pages: pages, glyphs: places, pagesWithoutText: empty, pageHeights: pageHeights,
                        ocrFallback: queue.fallback)
    }

    /// A page read from the PDF and not laid out yet: its own glyphs, and for a page that went to
    /// OCR the image the engine was sent and the engine's reading.
    private struct PendingPage {
        var raw: RawPage
        var image: GrayImage? = nil
        var reading: OCRQueue.Reading? = nil
    }

    /// An OCR'd page's glyphs as the layout reads them: turned the right way up (`PageOrientation`),
    /// then straightened (`PageSkew`); and the vertical rules drawn on `image`, the pixels the
    /// engine read (`RuleFinder`), turned and straightened alike.
    static func ocrLayout(_ glyphs: [Glyph], rotation: Int, width: Double, height: Double,
                          image: GrayImage? = nil) -> (glyphs: [Glyph], rules: [VerticalRule]) {
        let upright = PageOrientation.upright(glyphs, rotation: rotation, width: width, height: height)
        let straightening = PageSkew.straightening(of: upright)
        let laid = straightening?.apply(to: upright) ?? upright
        guard let image else { return (laid, []) }
        let rules = RuleFinder.verticalRules(in: image.turned(clockwise: rotation), slope: straightening?.slope ?? 0)
        guard let straightening else { return (laid, rules) }
        return (laid, rules.map { rule in
            let top = straightening.apply(x: rule.x, y: rule.y0), bottom = straightening.apply(x: rule.x, y: rule.y1)
            return VerticalRule(x: (top.x + bottom.x) / 2, y0: top.y, y1: bottom.y)
        })
    }

    /// Pages' visual lines (native or OCR'd) into source lines in reading order: columns, wraps,
    /// running headers and footers taken out.
    static func assemble(_ visual: [[VisualLine]], rules: [[VerticalRule]] = [], pages: [Page], glyphs: [GlyphPlace], pagesWithoutText: [Int],
                         pageHeights: [Double], ocrFallback: String?) -> PdfText {
        let pitch = ColumnLayout.pitch(of: visual)
        var perPage = visual.enumerated().map { k, lines in
            PageLines.lines(of: lines, page: k + 1, pitch: pitch, rules: rules.indices.contains(k) ? rules[k] : [])
        }
        PageLines.markWraps(&perPage)
        let (kept, furniture) = PdfFurniture.separate(perPage, pageHeights: pageHeights)
        var lines: [SourceLine] = []
        for (i, pageLines) in kept.enumerated() {
            for (j, var line) in pageLines.enumerated() {
                if j == 0, i > 0, !lines.isEmpty { line.pageBreakBefore = true }
                lines.append(line)
            }
        }
        // OCR'd pages were laid out turned upright and straightened (ocrLayout); their line boxes
        // go back to the page's own coordinates, where the glyphs' boxes are.
        for i in lines.indices where pages.indices.contains(lines[i].page - 1) && pages[lines[i].page - 1].textLayer == .ocr {
            let rects = lines[i].chars.lazy.filter { $0.origin >= 0 && Int($0.origin) < glyphs.count }.map { glyphs[Int($0.origin)].rect }
            if let first = rects.first { lines[i].box = rects.reduce(first) { $0.union($1) } }
        }
        return PdfText(lines: lines, pages: pages, furniture: furniture, glyphs: glyphs, pagesWithoutText: pagesWithoutText,
                       ocrFallback: ocrFallback)
    }

    /// `always`: every page; `never`: none; `auto`: pages whose own layer is missing or junk
    /// (`TextLayerQuality`), measuring the ink of pages with only a few characters.
    private static func routesToOCR(_ raw: RawPage, mode: ExtractionOptions.OCRMode, document: PopplerDocument, index: Int) throws -> Bool {
        switch mode {
        case .never: return false
        case .always: return true
        case .auto:
            if let verdict = TextLayerQuality.needsOCR(raw.glyphs) { return verdict }
            // Few or no characters: a page without images is blank or nearly (3,000 of them
            // must not cost a render each); with images, the ink decides.
            guard document.hasImages(at: index) else { return false }
            // At 36 dpi, and never above 4 megapixels (a page may be 200 inches square).
            let probe = OCRSettings.renderDPI(width: raw.width, height: raw.height, scanResolution: nil, base: 36, maxPixels: 4_000_000)
            return TextLayerQuality.isMostlyInk(try document.renderGray(at: index, dpi: probe))
        }
    }
}
