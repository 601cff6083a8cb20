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

    /// Takes the lines over: each one's characters leave the input as they go to the output,
    /// and a sentence grows in place (merging copies of the sentence so far cost time
    /// quadratic in its lines, and kept the input's copy of every line alive to the end).
    static func join(_ source: consuming [SourceLine]) -> [SourceLine] {
        var lines = consume source
        var out: [SourceLine] = []
        out.reserveCapacity(lines.count)
        for i in lines.indices {
            let line = lines[i]
            lines[i].chars = []
            if let last = out.indices.last, shouldJoin(out[last], line) {
                append(line, to: &out[last])
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
        // In a column, the width of the line as laid out, not of the sentence joined so far:
        // `…股份有限公司成` joined `都锦江支行`, which stops short, so `银行账号⇥150645726` in a
        // signature table's column starts anew.
        let width = prev.columnRight == nil ? prev.displayWidth : prev.lastLineWidth
        return prev.reachesRightMargin || (midSentence && width >= wrapWidth)
    }

    /// `b` joined to the end of `a`: trailing and leading spaces dropped, one space between two
    /// halves of an English word wrap, `b`'s right edge, the boxes united on one page.
    private static func append(_ b: SourceLine, to a: inout SourceLine) {
        while let l = a.chars.last, l.scalar.isSpace { a.chars.removeLast() }
        var right = b.chars[...]
        while let f = right.first, f.scalar.isSpace { right.removeFirst() }
        if let l = a.chars.last?.scalar, let r = right.first?.scalar,
           l.isASCIILetter || l == "," || l == ".", r.isASCIILetter {  // an English word wrap
            a.chars.append(.synthetic(" "))
        }
        a.chars.append(contentsOf: right)
        a.joinedLineWidth = b.lastLineWidth
        a.reachesRightMargin = b.reachesRightMargin
        a.columnRight = b.columnRight
        if let ab = a.box, let bb = b.box, a.page == b.page { a.box = ab.union(bb) }
    }
}
