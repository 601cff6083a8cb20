import Foundation
@testable import Extractor

/// Paths into the repository, resolved from this file so tests run from any directory.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static func corpus(_ name: String) -> URL { root.appendingPathComponent("corpus/\(name)") }
}

/// Builds synthetic glyph boxes: one box per scalar, CJK a full em wide, Latin half an em,
/// a space only moving the pen. `tracking` adds spacing after every character.
struct GlyphWriter {
    var size = 10.0
    private(set) var glyphs: [Glyph] = []

    mutating func write(_ text: String, x: Double, y: Double, tracking: Double = 0) {
        var pen = x
        var space = false
        for scalar in text.unicodeScalars {
            let width = scalar.isWideCJK ? size : size / 2
            if !scalar.properties.isWhitespace {
                glyphs.append(Glyph(scalar: scalar, rect: Rect(x0: pen, y0: y, x1: pen + width, y1: y + size),
                                    index: Int32(glyphs.count), spaceBefore: space))
            }
            space = scalar.properties.isWhitespace
            pen += width + tracking
        }
    }
}

/// Runs synthetic glyphs of one page through the whole PDF line pipeline and returns the
/// normalized lines; `rules` are the vertical lines drawn on the page.
func layout(_ glyphs: [Glyph], page: Int = 1, rules: [VerticalRule] = []) -> [String] {
    let visual = LineBuilder.lines(from: glyphs)
    var pages = [PageLines.lines(of: visual, page: page, pitch: ColumnLayout.pitch(of: [visual]), rules: rules)]
    PageLines.markWraps(&pages)
    return TextPipeline.normalize(pages[0]).lines.map(\.text)
}

/// Source lines of a plain text, as the text-file path builds them.
func textLines(_ text: String) -> [SourceLine] {
    PlainTextLayer.lines(DecodedText(scalars: Array(text.unicodeScalars), offsets: .utf8(start: 0),
                                     byteCount: text.utf8.count, encoding: "UTF-8", replacements: 0))
}

/// The normalized text of a plain text, line by line.
func normalized(_ text: String) -> [String] {
    TextPipeline.normalize(textLines(text)).lines.map(\.text)
}
