/// Glyphs that share a baseline, sorted left to right and cut into segments at wide gaps.
/// A segment is a run of text with no gap wider than `cellGap`: a cell, a column's part of the
/// line, or the whole line.
struct VisualLine: Sendable {
    var glyphs: [Glyph]
    /// Half-open glyph ranges, left to right.
    var segments: [Range<Int>]
    var box: Rect
    /// Median glyph height: the font size, near enough, for CJK text.
    var em: Double

    func segmentBox(_ range: Range<Int>) -> Rect {
        glyphs[range].dropFirst().reduce(glyphs[range.lowerBound].rect) { $0.union($1.rect) }
    }
}

/// Groups a page's glyphs into visual lines by geometry, not by content-stream order.
enum LineBuilder {
    /// A gap wider than this many em splits a line into segments (columns or table cells).
    static let cellGapEm = 1.8

    static func lines(from glyphs: [Glyph]) -> [VisualLine] {
        let sorted = glyphs.sorted { a, b in
            a.rect.midY != b.rect.midY ? a.rect.midY < b.rect.midY : a.rect.x0 < b.rect.x0
        }
        var groups: [[Glyph]] = []
        var currentMid = 0.0, currentHeight = 0.0
        for glyph in sorted {
            let h = max(glyph.rect.height, 1)
            if let last = groups.indices.last,
               abs(glyph.rect.midY - currentMid) <= 0.45 * min(h, currentHeight) {
                groups[last].append(glyph)
                let n = Double(groups[last].count)
                currentMid += (glyph.rect.midY - currentMid) / n
                currentHeight = max(currentHeight, h)
            } else {
                groups.append([glyph])
                currentMid = glyph.rect.midY
                currentHeight = h
            }
        }
        return groups.map(line(of:))
    }

    /// One visual line of glyphs that share a baseline, in any order.
    static func line(of group: [Glyph]) -> VisualLine {
        let glyphs = dropOverprint(group.sorted { $0.rect.x0 < $1.rect.x0 })
        let heights = glyphs.map { max($0.rect.height, 1) }.sorted()
        let em = heights[heights.count / 2]
        var segments: [Range<Int>] = []
        var start = 0
        var reach = glyphs[0].rect.x1
        for i in 1..<max(glyphs.count, 1) where i < glyphs.count {
            if glyphs[i].rect.x0 - reach > cellGapEm * em {
                segments.append(start..<i)
                start = i
            }
            reach = max(reach, glyphs[i].rect.x1)
        }
        segments.append(start..<glyphs.count)
        let box = glyphs.dropFirst().reduce(glyphs[0].rect) { $0.union($1.rect) }
        return VisualLine(glyphs: glyphs, segments: segments, box: box, em: em)
    }

    /// Some PDFs draw a glyph twice at almost the same place to fake bold; keep one.
    private static func dropOverprint(_ glyphs: [Glyph]) -> [Glyph] {
        var kept: [Glyph] = []
        kept.reserveCapacity(glyphs.count)
        for g in glyphs {
            if let last = kept.last, last.scalar == g.scalar,
               abs(last.rect.x0 - g.rect.x0) < 0.3 * max(g.rect.width, 1),
               abs(last.rect.y0 - g.rect.y0) < 0.3 * max(g.rect.height, 1) {
                continue
            }
            kept.append(g)
        }
        return kept
    }

    /// The text of glyphs `range` with spaces put back where geometry shows a word gap. Between
    /// CJK characters only where poppler saw a space too; never between CJK and a digit
    /// (poppler's `年 1 月` becomes `年1月`).
    static func text(of glyphs: ArraySlice<Glyph>, em: Double) -> [SourceChar] {
        var out: [SourceChar] = []
        out.reserveCapacity(glyphs.count + 4)
        var previous: Glyph?
        for g in glyphs {
            if let p = previous, needsSpace(between: p, and: g, em: em)
                || (p.scalar.isASCIIDigit && g.scalar.isHan && g.spaceBefore
                    && WhitespaceNormalizer.isLeadingLabel(out)) {
                out.append(.synthetic(" "))
            }
            out.append(SourceChar(scalar: g.scalar, origin: g.index))
            previous = g
        }
        return out
    }

    static func needsSpace(between a: Glyph, and b: Glyph, em: Double) -> Bool {
        // OCR boxes hug the ink: every glyph stands apart. Only the engine's word breaks count.
        if a.ocr || b.ocr { return b.spaceBefore }
        let gap = b.rect.x0 - a.rect.x1
        if a.scalar.isWideCJK && b.scalar.isWideCJK {
            // Justified CJK spreads characters apart; only a space poppler itself saw counts
            // (`第一条 合同当事人`). Letter-spaced titles are closed up later.
            return b.spaceBefore && gap > 0.1 * em
        }
        if a.scalar.isWideCJK || b.scalar.isWideCJK {
            // Between CJK and Latin a visible gap is a real space (`含 Cat. 1`, `- 一、`), but
            // not between CJK and digits, where poppler's font change fakes one (`年 1 月`).
            let other = a.scalar.isWideCJK ? b.scalar : a.scalar
            return !other.isASCIIDigit && gap > 0.2 * em
        }
        return gap > 0.25 * em || (b.spaceBefore && gap > 0.05 * em)
    }
}
