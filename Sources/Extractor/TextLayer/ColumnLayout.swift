/// Puts a page's visual lines into reading order. Consecutive lines that share an empty vertical
/// strip (a gutter) form a region; a region with one central gutter and text on both sides of it
/// in several lines is read as two columns, left column first (a signature page with 甲方 on the
/// left and 乙方 on the right comes out as two blocks). Other multi-segment lines are table rows
/// whose cells are joined by a tab. A table drawn with one interior vertical rule whose cells hold
/// key：value text on both sides (a scanned signature table: 甲方's name, representative and
/// account on the left, 乙方's on the right) is read column by column at the rule, however close
/// its cells come to it; a two-column key | value table keeps its rows.
struct ColumnLayout {
    struct Placed {
        var line: VisualLine
        /// Segment indices of `line` that belong to this output line.
        var segments: Range<Int>
        var box: Rect
        /// Starts a new column block (so it is a paragraph start, whatever the geometry).
        var startsBlock: Bool
        /// Right edge of the column this line belongs to, for wrap detection.
        var columnRight: Double?
    }

    let lines: [VisualLine]
    let left: Double
    let right: Double
    let pitch: Double
    let rules: [VerticalRule]

    /// `pitch` is the document's usual distance between the baselines of consecutive lines;
    /// `rules` are the vertical lines drawn on the page, in the lines' frame.
    init(lines: [VisualLine], pitch: Double, rules: [VerticalRule] = []) {
        self.lines = lines
        left = lines.map(\.box.x0).min() ?? 0
        right = lines.map(\.box.x1).max() ?? 0
        self.pitch = pitch
        self.rules = rules
    }

    /// The usual line pitch of a document: a low percentile of the distances between consecutive
    /// lines, so that pages made mostly of one-line paragraphs do not inflate it.
    static func pitch(of pages: [[VisualLine]]) -> Double {
        var deltas: [Double] = []
        var ems: [Double] = []
        for lines in pages {
            deltas += zip(lines, lines.dropFirst()).map { $1.box.midY - $0.box.midY }.filter { $0 > 0 }
            ems += lines.map(\.em)
        }
        ems.sort()
        let em = ems.isEmpty ? 10 : ems[ems.count / 2]
        guard !deltas.isEmpty else { return 1.2 * em }
        deltas.sort()
        return max(deltas[deltas.count * 3 / 10], 0.8 * em)
    }

    func ordered() -> [Placed] {
        let bands = ruledBands()
        var out: [Placed] = []
        var free: [Int] = []
        func flush() {
            for region in regions(of: free) { out += place(region) }
            free.removeAll()
        }
        var i = 0
        while i < lines.count {
            guard let band = bands.first(where: { $0.lines.first == i }) else {
                free.append(i)
                i += 1
                continue
            }
            flush()
            var table = columns(Region(lines: band.lines, gutters: []), split: band.x...band.x)
            if !table.isEmpty { table[0].startsBlock = true }
            out += table
            i = band.lines.last! + 1
        }
        flush()
        return out
    }

    // MARK: ruled two-column tables

    private struct Band {
        var lines: [Int]
        var x: Double
    }

    /// Runs of consecutive lines that one interior rule splits into two columns of key：value
    /// cells, top to bottom, not overlapping.
    private func ruledBands() -> [Band] {
        var bands: [Band] = []
        let rules = Self.joined(rules, pitch: pitch)
        for rule in rules where rule.length >= 2 * pitch {
            let inside = lines.indices.filter { (rule.y0...rule.y1).contains(lines[$0].box.midY) }
            guard let first = inside.first, let last = inside.last, inside.count >= 3,
                  inside.count == last - first + 1,
                  !bands.contains(where: { $0.lines.contains(first) || $0.lines.contains(last) }) else { continue }
            let bandLeft = inside.map { lines[$0].box.x0 }.min()!, bandRight = inside.map { lines[$0].box.x1 }.max()!
            let em = inside.map { lines[$0].em }.max() ?? 10
            let relative = (rule.x - bandLeft) / max(bandRight - bandLeft, 1)
            guard relative > 0.25, relative < 0.75 else { continue }
            // A table of three or more columns keeps its rows.
            let others = rules.filter { other in
                other != rule && other.x > bandLeft + em && other.x < bandRight - em
                    && min(other.y1, rule.y1) - max(other.y0, rule.y0) >= 2 * pitch
            }
            guard others.isEmpty else { continue }
            let leftSides = inside.map { lines[$0].glyphs.filter { $0.rect.midX < rule.x } }
            let rightCount = inside.filter { i in lines[i].glyphs.contains { $0.rect.midX >= rule.x } }.count
            // The left cells are not labels of the right ones: they hold a key and its value.
            let keyValueCells = leftSides.filter { glyphs in
                guard let colon = glyphs.firstIndex(where: { $0.scalar == "：" || $0.scalar == ":" }) else { return false }
                return glyphs.count - colon - 1 >= 2
            }
            guard keyValueCells.count >= 2, rightCount >= 2 else { continue }
            // Cells keep clear of their divider; text that runs across the line (a scanner's
            // streak or a fold through prose) means the line is no divider.
            let crossed = inside.filter { crosses(lines[$0], x: rule.x) }
            guard crossed.count <= inside.count / 10 else { continue }
            bands.append(Band(lines: inside, x: rule.x))
        }
        return bands
    }

    /// A glyph of `line` stands across `x`, or its glyphs either side of `x` stand closer than
    /// 0.4 em: one run of text, not two cells.
    private func crosses(_ line: VisualLine, x: Double) -> Bool {
        let margin = 0.15 * line.em
        if line.glyphs.contains(where: { $0.rect.x0 + margin < x && $0.rect.x1 - margin > x }) { return true }
        guard let before = line.glyphs.last(where: { $0.rect.midX < x }),
              let after = line.glyphs.first(where: { $0.rect.midX >= x }) else { return false }
        return after.rect.x0 - before.rect.x1 < 0.4 * line.em
    }

    /// Pieces of one divider (broken where a dropout or a faint stretch interrupts it) joined:
    /// rules at the same x (within 0.3 pitch) whose ends are less than 1.5 pitch apart, top to
    /// bottom.
    static func joined(_ rules: [VerticalRule], pitch: Double) -> [VerticalRule] {
        var out: [VerticalRule] = []
        for rule in rules.sorted(by: { $0.y0 < $1.y0 }) {
            if let k = out.lastIndex(where: { abs($0.x - rule.x) <= 0.3 * pitch && rule.y0 - $0.y1 <= 1.5 * pitch }) {
                let a = out[k]
                let length = a.length + rule.length
                out[k] = VerticalRule(x: (a.x * a.length + rule.x * rule.length) / max(length, 1e-9),
                                      y0: min(a.y0, rule.y0), y1: max(a.y1, rule.y1))
            } else {
                out.append(rule)
            }
        }
        return out
    }

    // MARK: regions

    private struct Region {
        var lines: [Int]
        var gutters: [ClosedRange<Double>]
    }

    /// The narrowest gap that can be a gutter. Justified columns sometimes sit only a space
    /// apart, so gaps this small may form a region; `columnGutter` then asks for more evidence.
    private func minGutter(_ line: VisualLine) -> Double { max(0.25 * line.em, 2) }
    private func wideGutter(_ em: Double) -> Double { max(1.5 * em, 6) }

    /// Horizontal stretches of the text area that no glyph of the line covers.
    private func freeIntervals(_ line: VisualLine) -> [ClosedRange<Double>] {
        var free: [ClosedRange<Double>] = []
        var cursor = left
        for g in line.glyphs {
            if g.rect.x0 > cursor { free.append(cursor...g.rect.x0) }
            cursor = max(cursor, g.rect.x1)
        }
        if right > cursor { free.append(cursor...right) }
        return free
    }

    private func regions(of indices: [Int]) -> [Region] {
        var result: [Region] = []
        var current: Region?
        for i in indices {
            let line = lines[i]
            let free = freeIntervals(line).filter { $0.upperBound - $0.lowerBound >= minGutter(line) }
            if var region = current, let last = region.lines.last,
               line.box.midY - lines[last].box.midY <= 3 * pitch {
                let shared = intersect(region.gutters, free).filter { $0.upperBound - $0.lowerBound >= minGutter(line) }
                // Only a gutter inside the text keeps a region going; the margins are shared by all.
                if shared.contains(where: isInterior) {
                    region.lines.append(i)
                    region.gutters = shared
                    current = region
                    continue
                }
                result.append(region)
            } else if let region = current {
                result.append(region)
            }
            current = Region(lines: [i], gutters: free)
        }
        if let current { result.append(current) }
        return result
    }

    private func isInterior(_ g: ClosedRange<Double>) -> Bool {
        g.lowerBound > left + 1 && g.upperBound < right - 1
    }

    private func intersect(_ a: [ClosedRange<Double>], _ b: [ClosedRange<Double>]) -> [ClosedRange<Double>] {
        var out: [ClosedRange<Double>] = []
        for x in a {
            for y in b {
                let lo = max(x.lowerBound, y.lowerBound), hi = min(x.upperBound, y.upperBound)
                if hi > lo { out.append(lo...hi) }
            }
        }
        return out
    }

    // MARK: placing a region

    private func place(_ region: Region) -> [Placed] {
        if let gutter = columnGutter(region) {
            return columns(region, split: gutter)
        }
        return region.lines.map { i in
            let line = lines[i]
            return Placed(line: line, segments: 0..<line.segments.count, box: line.box,
                          startsBlock: false, columnRight: nil)
        }
    }

    /// The one interior gutter that splits this region into two columns, if it is one.
    private func columnGutter(_ region: Region) -> ClosedRange<Double>? {
        guard region.lines.count >= 2 else { return nil }

        let interior = region.gutters.filter(isInterior)
        // Text on both sides in at least two lines each (not necessarily the same lines: columns
        // with different line pitches interleave).
        // A gutter narrower than a cell gap must hold through at least four lines with text on
        // both sides: anything less is word gaps that happen to line up.
        let em = region.lines.map { lines[$0].em }.max() ?? 10
        let twoSided = interior.filter { g in
            if g.upperBound - g.lowerBound < wideGutter(em) {
                return region.lines.filter { hasBothSides(lines[$0], of: g) }.count >= 4
            }
            return region.lines.filter { lines[$0].box.x0 < g.lowerBound }.count >= 2
                && region.lines.filter { lines[$0].box.x1 > g.upperBound }.count >= 2
        }
        guard twoSided.count == 1, let g = twoSided.first else { return nil }
        // Text columns have one run of text on each side; table rows have several cells.
        let leftParts = region.lines.filter { lines[$0].box.x0 < g.lowerBound }
        let simple = leftParts.filter { i in
            lines[i].segments.filter { lines[i].segmentBox($0).x0 < g.lowerBound }.count == 1
        }
        guard simple.count * 10 >= leftParts.count * 7 else { return nil }
        let centre = (g.lowerBound + g.upperBound) / 2
        let relative = (centre - left) / max(right - left, 1)
        guard relative > 0.3, relative < 0.7 else { return nil }
        // Label/value forms (`开户行：   中国银行`) keep their rows together.
        let pairs = region.lines.filter { hasBothSides(lines[$0], of: g) }
        let labelled = pairs.filter { i in
            let last = lines[i].glyphs.last { $0.rect.x1 <= g.lowerBound + 0.5 }?.scalar
            return last == "：" || last == ":"
        }
        return labelled.count * 2 >= pairs.count ? nil : g
    }

    private func hasBothSides(_ line: VisualLine, of g: ClosedRange<Double>) -> Bool {
        line.box.x0 < g.lowerBound && line.box.x1 > g.upperBound
    }

    private func columns(_ region: Region, split g: ClosedRange<Double>) -> [Placed] {
        let middle = (g.lowerBound + g.upperBound) / 2
        var leftSide: [Placed] = [], rightSide: [Placed] = []
        for i in region.lines {
            // Split at glyph level: a narrow gutter may fall inside one segment.
            let glyphs = lines[i].glyphs
            let leftGlyphs = glyphs.filter { $0.rect.midX < middle }
            let rightGlyphs = glyphs.filter { $0.rect.midX >= middle }
            if !leftGlyphs.isEmpty { leftSide.append(whole(LineBuilder.line(of: leftGlyphs))) }
            if !rightGlyphs.isEmpty { rightSide.append(whole(LineBuilder.line(of: rightGlyphs))) }
        }
        let leftEdge = leftSide.map(\.box.x1).max(), rightEdge = rightSide.map(\.box.x1).max()
        for j in leftSide.indices { leftSide[j].columnRight = leftEdge }
        for j in rightSide.indices { rightSide[j].columnRight = rightEdge }
        if !rightSide.isEmpty, !leftSide.isEmpty { rightSide[0].startsBlock = true }
        return leftSide + rightSide
    }

    private func whole(_ line: VisualLine) -> Placed {
        Placed(line: line, segments: 0..<line.segments.count, box: line.box, startsBlock: false, columnRight: nil)
    }
}
