/// Turns one page's glyphs into source lines: geometry → visual lines → reading order → text,
/// with the blank lines that vertical gaps stand for.
enum PageLines {
    static func lines(of visual: [VisualLine], page: Int, pitch: Double, rules: [VerticalRule] = []) -> [SourceLine] {
        guard !visual.isEmpty else { return [] }
        let layout = ColumnLayout(lines: visual, pitch: pitch, rules: rules)
        var out: [SourceLine] = []
        var previous: ColumnLayout.Placed?
        for placed in layout.ordered() {
            var line = SourceLine(chars: text(of: placed), page: page, box: placed.box)
            // Two runs on a line are a label and its value, or prose around a drawn blank
            // (`符合第      种标准的`); a table row has at least three cells, and no sentence
            // punctuation (prose with several blanks has some).
            line.isTableRow = placed.segments.count >= 3 && !isLetterSpaced(placed)
                && !line.chars.contains { "，。；".unicodeScalars.contains($0.scalar) }
            if let p = previous {
                if placed.startsBlock {
                    line.blankLinesBefore = 1
                    line.startsColumn = true
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

    /// Marks lines that run into the right edge of their column (their sentence goes on below)
    /// and lines that start indented. The edge of full-width text is the most common right end
    /// of long lines in the document; without three such lines nothing is marked as wrapped.
    static func markWraps(_ pages: inout [[SourceLine]]) {
        let boxes = pages.joined().filter { $0.columnRight == nil && !$0.isTableRow }.compactMap(\.box)
        let docLeft = boxes.map(\.x0).min() ?? 0, docRight = boxes.map(\.x1).max() ?? 0
        var buckets: [Int: (count: Int, maxX: Double)] = [:]
        for box in boxes where box.width >= 0.6 * (docRight - docLeft) {
            let key = Int(box.x1 / 3)
            buckets[key, default: (0, 0)].count += 1
            buckets[key, default: (0, 0)].maxX = max(buckets[key]!.maxX, box.x1)
        }
        let mode = buckets.filter { $0.value.count >= 3 }.max { a, b in
            a.value.count != b.value.count ? a.value.count < b.value.count : a.key < b.key
        }
        for p in pages.indices {
            let pageLeft = pages[p].filter { $0.columnRight == nil }.compactMap { $0.box?.x0 }.min() ?? 0
            for i in pages[p].indices {
                guard let box = pages[p][i].box, !pages[p][i].isTableRow else { continue }
                let em = pages[p][i].em
                pages[p][i].indented = pages[p][i].columnRight == nil && box.x0 >= pageLeft + 1.5 * em
                guard let edge = pages[p][i].columnRight ?? mode?.value.maxX else { continue }
                pages[p][i].reachesRightMargin = box.x1 >= edge - 1.5 * em
            }
        }
    }
}
