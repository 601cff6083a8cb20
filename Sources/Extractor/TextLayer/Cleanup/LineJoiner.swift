/// Joins the visual lines of one sentence: a line that ran into the right margin (PDF geometry),
/// or a long line that stops mid-sentence (a hard-wrapped text file), continues on the next line
/// unless that one starts a new item. Across a page break the same holds for any line that stops
/// mid-sentence. Table rows are never joined. No space goes between CJK characters.
enum LineJoiner {
    /// Display width (CJK = 2) from which a line ending mid-sentence counts as wrapped.
    static let wrapWidth = 40
    static let pageWrapWidth = 30
    /// Display width under which a line after a page break reads as a heading, not a continuation.
    static let shortLine = 12

    static func join(_ lines: [SourceLine]) -> [SourceLine] {
        var out: [SourceLine] = []
        out.reserveCapacity(lines.count)
        for line in lines {
            if let prev = out.last, shouldJoin(prev, line) {
                out[out.count - 1] = merged(prev, line)
            } else {
                out.append(line)
            }
        }
        return out
    }

    static func shouldJoin(_ prev: SourceLine, _ next: SourceLine) -> Bool {
        if prev.isTableRow || next.isTableRow || next.startsColumn { return false }
        // Text at half the size or less is something else (bbj-purchase's 1-point
        // `Powered by TCPDF` stamp under the last line).
        if min(prev.em, next.em) < 0.5 * max(prev.em, next.em) { return false }
        // Geometry and grammar agree the sentence goes on: even a label-like start continues it
        // (`…应当按照《中华人民共和国反电信网络诈骗法》` / `第十二条规定，…`).
        if prev.reachesRightMargin, prev.columnRight == nil, !LineShape.endsClause(prev), next.blankLinesBefore <= 1,
           !next.indented, !LineShape.continuesNumbering(prev, next) {
            return true
        }
        if LineShape.startsWithLabel(next) { return false }
        // A `key：` line (`电子邮箱：…`) is a new field, unless full-width text ran into the margin
        // right before it (a column's edge is only its longest line, so it proves less).
        let fullWidthWrap = prev.reachesRightMargin && prev.columnRight == nil
        if !fullWidthWrap, LineShape.startsWithKey(next) { return false }
        let midSentence = !LineShape.endsClause(prev)
        // `居间方(简称丙方)：某公司` then an indented `根据…`: a field line, then a paragraph.
        if next.indented, !prev.reachesRightMargin, LineShape.startsWithKey(prev) { return false }
        // A sentence that ends at the margin, then an indented line: a new paragraph.
        if next.indented, !midSentence { return false }
        if next.pageBreakBefore || next.blankLinesBefore >= 2 {
            if prev.reachesRightMargin { return true }
            // Without geometry: a long line cut mid-sentence, not a `key：value` field, and more
            // than a short heading after the break (`目 录`).
            return midSentence && prev.displayWidth >= pageWrapWidth && !LineShape.startsWithKey(prev)
                && next.displayWidth >= shortLine
        }
        if next.blankLinesBefore == 1 {
            // Loose line spacing: only a line that ran into the margin mid-sentence goes on.
            return prev.reachesRightMargin && midSentence
        }
        guard next.blankLinesBefore == 0 else { return false }
        return prev.reachesRightMargin || (midSentence && prev.displayWidth >= wrapWidth)
    }

    private static func merged(_ a: SourceLine, _ b: SourceLine) -> SourceLine {
        var out = a
        var left = a.chars
        while let l = left.last, l.scalar.isSpace { left.removeLast() }
        var right = b.chars[...]
        while let f = right.first, f.scalar.isSpace { right.removeFirst() }
        if let l = left.last?.scalar, let r = right.first?.scalar,
           l.isASCIILetter || l == "," || l == ".", r.isASCIILetter {  // an English word wrap
            left.append(.synthetic(" "))
        }
        out.chars = left + right
        out.reachesRightMargin = b.reachesRightMargin
        out.columnRight = b.columnRight
        if let ab = a.box, let bb = b.box, a.page == b.page { out.box = ab.union(bb) }
        return out
    }
}
