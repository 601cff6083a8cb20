/// How far an OCR'd page was turned to be read (PP-OCR's worker finds a page lying sideways or
/// upside down, docs/ocr-worker.md), and its glyphs turned the same way for the layout: lines,
/// columns and reading order come from the page as it reads, top to bottom.
///
/// As with `PageSkew`, only the layout uses the turned boxes: a glyph keeps its box on the page
/// as the file draws it in the normalized text's index, so a location still points at the ink.
enum PageOrientation {
    /// The page's glyphs on the page turned clockwise by `rotation` degrees (0, 90, 180, 270; any
    /// other value leaves them as they are). `width` × `height` is the page as the file draws it,
    /// in the glyphs' units.
    static func upright(_ glyphs: [Glyph], rotation: Int, width: Double, height: Double) -> [Glyph] {
        guard [90, 180, 270].contains(rotation) else { return glyphs }
        return glyphs.map { glyph in
            var out = glyph
            out.rect = turned(glyph.rect, rotation: rotation, width: width, height: height)
            return out
        }
    }

    /// `rect` on the page turned clockwise by `rotation` degrees.
    static func turned(_ rect: Rect, rotation: Int, width: Double, height: Double) -> Rect {
        switch rotation {
        case 90: Rect(x0: height - rect.y1, y0: rect.x0, x1: height - rect.y0, y1: rect.x1)
        case 180: Rect(x0: width - rect.x1, y0: height - rect.y1, x1: width - rect.x0, y1: height - rect.y0)
        case 270: Rect(x0: rect.y0, y0: width - rect.x1, x1: rect.y1, y1: width - rect.x0)
        default: rect
        }
    }

    /// The height of the page as it reads.
    static func uprightHeight(rotation: Int, width: Double, height: Double) -> Double {
        rotation == 90 || rotation == 270 ? width : height
    }
}
