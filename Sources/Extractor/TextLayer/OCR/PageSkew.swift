import Foundation

/// The slant of an OCR'd page's text lines, and the page's glyphs turned straight by it before
/// they are grouped into lines. A scan or photo taken 1–3° off lets one line's right end sink
/// below the next line's left end (3° over an A4 line is more than a line's height), so grouping
/// by height alone mixed lines; OCR engines read each line along its own slant and give its
/// characters in order, and that order is what the slant is measured from.
///
/// Only the layout uses the straightened boxes: a glyph keeps its box on the page in the
/// normalized text's index, so every location stays where the ink is.
enum PageSkew {
    /// Below this the page is left as it is (0.1°: what a straight page's box noise measures).
    static let negligible = 0.0017
    /// Beyond this (about 11°) the estimate is not trusted.
    static let largest = 0.2

    /// The slope dy/dx of the page's text lines (y down), the median over runs of at least six
    /// characters that the engine gave one after another along a line; 0 when fewer than three
    /// such runs agree or the slope is negligible.
    static func slope(of glyphs: [Glyph]) -> Double {
        var slopes: [Double] = []
        var run: [Glyph] = []
        func close() {
            defer { run.removeAll(keepingCapacity: true) }
            guard run.count >= 6, let first = run.first, let last = run.last,
                  midX(last) - midX(first) >= 4 * median(run.map(\.rect.height)) else { return }
            slopes.append(fittedSlope(run))
        }
        for glyph in glyphs {
            if let last = run.last {
                let h = max(last.rect.height, glyph.rect.height, 1)
                let dx = midX(glyph) - midX(last), dy = glyph.rect.midY - last.rect.midY
                if dx <= 0 || dx > 3 * h || abs(dy) > 0.5 * h { close() }
            }
            run.append(glyph)
        }
        close()
        guard slopes.count >= 3 else { return 0 }
        let slope = median(slopes)
        return abs(slope) < negligible || abs(slope) > largest ? 0 : slope
    }

    /// The glyphs turned by the page's slope about their centre, each box keeping its size.
    static func straightened(_ glyphs: [Glyph]) -> [Glyph] {
        straightening(of: glyphs).map { $0.apply(to: glyphs) } ?? glyphs
    }

    /// The turn that straightens the page's glyphs, nil when the page is straight already.
    static func straightening(of glyphs: [Glyph]) -> Straightening? {
        let slope = slope(of: glyphs)
        guard slope != 0, !glyphs.isEmpty else { return nil }
        let cx = glyphs.reduce(0) { $0 + midX($1) } / Double(glyphs.count)
        let cy = glyphs.reduce(0) { $0 + $1.rect.midY } / Double(glyphs.count)
        return Straightening(slope: slope, cx: cx, cy: cy)
    }

    /// A turn by `atan(slope)` about (`cx`, `cy`): what straightens a page's text lines, applied
    /// alike to its glyphs and to the rules drawn on it.
    struct Straightening {
        let slope: Double
        let cx: Double
        let cy: Double
        private let sine: Double
        private let cosine: Double

        init(slope: Double, cx: Double, cy: Double) {
            (self.slope, self.cx, self.cy) = (slope, cx, cy)
            (sine, cosine) = (sin(atan(slope)), cos(atan(slope)))
        }

        func apply(to glyphs: [Glyph]) -> [Glyph] {
            glyphs.map { glyph in
                let (nx, ny) = apply(x: midX(glyph), y: glyph.rect.midY)
                var out = glyph
                let w = glyph.rect.width / 2, h = glyph.rect.height / 2
                out.rect = Rect(x0: nx - w, y0: ny - h, x1: nx + w, y1: ny + h)
                return out
            }
        }

        func apply(x: Double, y: Double) -> (x: Double, y: Double) {
            let dx = x - cx, dy = y - cy
            return (cx + dx * cosine + dy * sine, cy - dx * sine + dy * cosine)
        }
    }

    /// Least-squares slope of the glyph centres.
    static func fittedSlope(_ run: [Glyph]) -> Double {
        let n = Double(run.count)
        let mx = run.reduce(0) { $0 + midX($1) } / n, my = run.reduce(0) { $0 + $1.rect.midY } / n
        var sxy = 0.0, sxx = 0.0
        for g in run {
            sxy += (midX(g) - mx) * (g.rect.midY - my)
            sxx += (midX(g) - mx) * (midX(g) - mx)
        }
        return sxx > 0 ? sxy / sxx : 0
    }

    fileprivate static func midX(_ g: Glyph) -> Double { (g.rect.x0 + g.rect.x1) / 2 }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
