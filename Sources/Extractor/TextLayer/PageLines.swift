/// Turns one page's glyphs into source lines: geometry → visual lines → reading order → text,
/// with the blank lines that vertical gaps stand for.
enum PageLines {
    static func lines(of visual: [VisualLine], page: Int, pitch: Double) -> [SourceLine] {
        guard !visual.isEmpty else { return [] }
        let layout = ColumnLayout(lines: visual, pitch: pitch)
        var out: [SourceLine] = []
        var previous: ColumnLayout.Placed?
        for placed in layout.ordered() {
            var line = SourceLine(chars: text(of: placed), page: page, box: placed.box)
            line.isTableRow = placed.isRow && !isLetterSpaced(placed)
            if let p = previous {
                if placed.startsBlock {
                    line.blankLinesBefore = 1
                } else {
                    let delta = placed.box.midY - p.box.midY
                    line.blankLinesBefore = max(0, Int((delta / layout.pitch).rounded()) - 1)
                }
            }
            line.columnRight = placed.columnRight
            line.em = placed.line.em
            out.append(line)
            previous = placed
        }
        return out
    }

    /// Segments joined by a tab (table cells), except in letter-spaced titles where the wide
    /// gaps are only spacing (`劳   动   合   同   书`).
    private static func text(of placed: ColumnLayout.Placed) -> [SourceChar] {
        let line = placed.line
        let separator: [SourceChar] = isLetterSpaced(placed) ? [] : [.synthetic("\t")]
        var chars: [SourceChar] = []
        for (k, s) in placed.segments.enumerated() {
            if k > 0 { chars += separator }
            chars += LineBuilder.text(of: line.glyphs[line.segments[s]], em: line.em)
        }
        return chars
    }

    /// Every segment is one or two CJK characters: a title spread across the line.
    static func isLetterSpaced(_ placed: ColumnLayout.Placed) -> Bool {
        guard placed.segments.count >= 2 else { return false }
        return placed.segments.allSatisfy { s in
            let range = placed.line.segments[s]
            return range.count <= 2 && placed.line.glyphs[range].allSatisfy { $0.scalar.isHan }
        }
    }

    /// Marks lines that run into the right edge of their column: their sentence goes on below.
    /// The edge of full-width text is the most common right end of long lines in the document.
    static func markWraps(_ pages: inout [[SourceLine]]) {
        var buckets: [Int: (count: Int, maxX: Double)] = [:]
        for line in pages.joined() where line.columnRight == nil && !line.isTableRow {
            guard let box = line.box else { continue }
            let key = Int(box.x1 / 3)
            buckets[key, default: (0, 0)].count += 1
            buckets[key, default: (0, 0)].maxX = max(buckets[key]!.maxX, box.x1)
        }
        let mode = buckets.filter { $0.value.count >= 3 }.max { a, b in
            a.value.count != b.value.count ? a.value.count < b.value.count : a.key < b.key
        }
        for p in pages.indices {
            let pageRight = pages[p].compactMap { $0.box?.x1 }.max() ?? 0
            let textRight = mode.map { max($0.value.maxX, 0) } ?? pageRight
            for i in pages[p].indices {
                guard let box = pages[p][i].box, !pages[p][i].isTableRow else { continue }
                let edge = pages[p][i].columnRight ?? textRight
                pages[p][i].reachesRightMargin = box.x1 >= edge - 1.5 * pages[p][i].em
            }
        }
    }
}
