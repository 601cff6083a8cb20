import Foundation
import Schema

/// Where a PDF glyph sits: its page and box. The normalized text's index points into a table
/// of these, so every code point can be traced back to the page.
struct GlyphPlace: Sendable {
    var page: Int32
    var rect: Rect
}

/// A PDF read into source lines in reading order, with page furniture taken out.
struct PdfText: Sendable {
    var lines: [SourceLine]
    var pages: [Page]
    var furniture: [PageFurniture]
    var glyphs: [GlyphPlace]
    /// 1-based numbers of pages with no text at all (scans, blank pages).
    var pagesWithoutText: [Int]
}

/// Reads a PDF through poppler and rebuilds its lines from glyph geometry.
enum PdfTextLayer {
    static func read(data: Data, fileName: String) throws -> PdfText {
        let document = try PopplerDocument(data: data, fileName: fileName)
        guard document.pageCount > 0 else {
            throw ExtractionError.damaged(fileName, reason: "the PDF has no pages")
        }
        var pages: [Page] = []
        var visual: [[VisualLine]] = []
        var places: [GlyphPlace] = []
        var empty: [Int] = []
        var pageHeights: [Double] = []
        for index in 0..<document.pageCount {
            let raw = try document.page(at: index, firstGlyphIndex: Int32(places.count))
            places += raw.glyphs.map { GlyphPlace(page: Int32(raw.number), rect: $0.rect) }
            pages.append(Page(number: raw.number, textLayer: .native, width: raw.width, height: raw.height))
            pageHeights.append(raw.height)
            if raw.glyphs.isEmpty { empty.append(raw.number) }
            visual.append(raw.glyphs.isEmpty ? [] : LineBuilder.lines(from: raw.glyphs))
        }
        let pitch = ColumnLayout.pitch(of: visual)
        var perPage = visual.enumerated().map { PageLines.lines(of: $1, page: $0 + 1, pitch: pitch) }
        PageLines.markWraps(&perPage)
        let (kept, furniture) = PdfFurniture.separate(perPage, pageHeights: pageHeights)
        var lines: [SourceLine] = []
        for (i, pageLines) in kept.enumerated() {
            for (j, var line) in pageLines.enumerated() {
                if j == 0, i > 0, !lines.isEmpty { line.pageBreakBefore = true }
                lines.append(line)
            }
        }
        return PdfText(lines: lines, pages: pages, furniture: furniture, glyphs: places, pagesWithoutText: empty)
    }
}
