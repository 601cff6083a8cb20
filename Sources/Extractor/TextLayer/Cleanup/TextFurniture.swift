import Schema

/// Finds furniture that survives as text: a short line that comes back after page breaks and,
/// at least once, cuts into a sentence (seed 000 inserts `中国移动通信集团新疆有限公司` mid-sentence twice), and
/// page-number lines standing alone at a page break. Works on text files and PDFs alike.
enum TextFurniture {
    static let maxLength = 30

    static func separate(_ lines: [SourceLine]) -> ([SourceLine], [PageFurniture]) {
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
        var kept: [SourceLine] = []
        var furniture: [PageFurniture] = []
        var carry: SourceLine?
        for (i, line) in lines.enumerated() {
            if let k = kind[i] {
                furniture.append(PageFurniture(page: line.page, kind: k, text: PdfFurniture.cleaned(line.text)))
                if carry == nil { carry = line }
                continue
            }
            var line = line
            if let removed = carry {
                // The break before the furniture now stands before this line.
                line.blankLinesBefore = max(line.blankLinesBefore, removed.blankLinesBefore)
                line.pageBreakBefore = line.pageBreakBefore || removed.pageBreakBefore
                carry = nil
            }
            kept.append(line)
        }
        return (kept, furniture)
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
