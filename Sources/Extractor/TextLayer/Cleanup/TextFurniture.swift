import Schema

/// Finds furniture that survives as text: a short line that comes back after page breaks and,
/// at least once, cuts into a sentence (seed 000 inserts `中国移动通信集团新疆有限公司` mid-sentence twice), and
/// page-number lines standing alone at a page break. Works on text files and PDFs alike.
enum TextFurniture {
    static let maxLength = 30

    /// Keeps the text lines in the array it is given (a second array of them was a fifth of the
    /// text layer's peak memory) and returns the furniture beside them.
    static func separate(_ source: consuming [SourceLine]) -> ([SourceLine], [PageFurniture]) {
        var lines = consume source
        var kind: [PageFurniture.Kind?] = Array(repeating: nil, count: lines.count)
        var groups: [String: [Int]] = [:]
        for (i, line) in lines.enumerated() {
            let next = i + 1 < lines.count ? lines[i + 1] : nil
            let atBreak = isBreak(line) || next.map(isBreak) ?? true
            guard atBreak, line.chars.count <= 40 else { continue }
            let text = line.text.trimmedWhitespace
            if atBreak, !line.isTableRow, PageNumberPattern.matches(text, allowBare: false) {
                kind[i] = .pageNumber
                continue
            }
            if isBreak(line), let next, next.blankLinesBefore == 0, !isBreak(next),
               !line.isTableRow, text.unicodeScalars.count <= maxLength,
               !text.unicodeScalars.contains(where: { LineShape.closers.contains($0) || $0 == "，" }) {
                groups[text, default: []].append(i)
            }
        }
        // Repetition alone could be a title printed on a cover and again on the first page;
        // furniture must also be caught cutting a sentence in two at least once.
        for (_, indices) in groups where indices.count >= 2 && indices.contains(where: { cutsSentence(lines, at: $0) }) {
            for i in indices { kind[i] = .header }
        }
        var kept = 0
        var furniture: [PageFurniture] = []
        var carry: (blankLinesBefore: Int, pageBreakBefore: Bool)?
        for i in lines.indices {
            if let k = kind[i] {
                furniture.append(PageFurniture(page: lines[i].page, kind: k, text: PdfFurniture.cleaned(lines[i].text)))
                if carry == nil { carry = (lines[i].blankLinesBefore, lines[i].pageBreakBefore) }
                continue
            }
            if let removed = carry {
                // The break before the furniture now stands before this line.
                lines[i].blankLinesBefore = max(lines[i].blankLinesBefore, removed.blankLinesBefore)
                lines[i].pageBreakBefore = lines[i].pageBreakBefore || removed.pageBreakBefore
                carry = nil
            }
            if kept != i { lines.swapAt(kept, i) }
            kept += 1
        }
        lines.removeSubrange(kept...)
        return (lines, furniture)
    }

    /// The line sits between a long line that stops mid-sentence and a line that goes on with it.
    static func cutsSentence(_ lines: [SourceLine], at i: Int) -> Bool {
        guard i > 0, i + 1 < lines.count else { return false }
        let before = lines[i - 1], after = lines[i + 1]
        return !before.isTableRow && !LineShape.endsClause(before) && before.displayWidth >= LineJoiner.pageWrapWidth
            && !LineShape.startsNewItem(after)
    }

    static func isBreak(_ line: SourceLine) -> Bool {
        line.pageBreakBefore || line.blankLinesBefore >= 2
    }
}
