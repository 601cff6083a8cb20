import Schema

/// Finds running headers, footers and page numbers by position: a line near the top or bottom
/// edge whose text (digits aside) recurs at the same height on most pages, or a page-number line
/// in those bands. They leave the text and are kept as `PageFurniture`.
enum PdfFurniture {
    /// Share of the page height, from the top and from the bottom, where furniture may sit.
    static let band = 0.12

    static func separate(_ pages: [[SourceLine]], pageHeights: [Double]) -> ([[SourceLine]], [PageFurniture]) {
        var isFurniture: [[PageFurniture.Kind?]] = pages.map { Array(repeating: nil, count: $0.count) }
        markRepeated(pages, pageHeights: pageHeights, into: &isFurniture)
        for (p, lines) in pages.enumerated() {
            for (i, line) in lines.enumerated() where inBand(line, height: pageHeights[p]) {
                if PageNumberPattern.matches(line.text) { isFurniture[p][i] = .pageNumber }
            }
        }
        var kept: [[SourceLine]] = []
        var furniture: [PageFurniture] = []
        for (p, lines) in pages.enumerated() {
            var keep: [SourceLine] = []
            for (i, line) in lines.enumerated() {
                if let kind = isFurniture[p][i] {
                    furniture += entries(line, kind: kind, pageHeight: pageHeights[p])
                } else {
                    keep.append(line)
                }
            }
            kept.append(keep)
        }
        return (kept, furniture)
    }

    /// One entry per cell, so `地址…    第 1 页/共 11页` yields a footer and a page number.
    private static func entries(_ line: SourceLine, kind: PageFurniture.Kind, pageHeight: Double) -> [PageFurniture] {
        let top = (line.box?.midY ?? 0) < pageHeight / 2
        return line.text.split(separator: "\t").map(String.init).map(cleaned).filter { !$0.isEmpty }.map { cell in
            let cellKind: PageFurniture.Kind = PageNumberPattern.matches(cell) ? .pageNumber
                : (kind == .pageNumber ? (top ? .header : .footer) : kind)
            return PageFurniture(page: line.page, kind: cellKind, text: cell)
        }
    }

    private static func inBand(_ line: SourceLine, height: Double) -> Bool {
        guard let box = line.box, height > 0 else { return false }
        return box.y1 <= height * band || box.y0 >= height * (1 - band)
    }

    private static func markRepeated(_ pages: [[SourceLine]], pageHeights: [Double],
                                     into marks: inout [[PageFurniture.Kind?]]) {
        guard pages.count >= 2 else { return }
        let needed = max(2, (pages.count + 1) / 2)
        var byKey: [String: [(page: Int, line: Int, y: Double)]] = [:]
        for (p, lines) in pages.enumerated() {
            for (i, line) in lines.enumerated() where inBand(line, height: pageHeights[p]) {
                guard let box = line.box else { continue }
                byKey[key(line.text), default: []].append((p, i, box.midY))
            }
        }
        for (_, hits) in byKey {
            // Cluster by height: the same line at the same place, page after page.
            for anchor in hits {
                let cluster = hits.filter { abs($0.y - anchor.y) <= 6 }
                guard Set(cluster.map(\.page)).count >= needed else { continue }
                for hit in cluster {
                    let top = hit.y < pageHeights[hit.page] / 2
                    let text = pages[hit.page][hit.line].text
                    marks[hit.page][hit.line] = PageNumberPattern.matches(text) ? .pageNumber : (top ? .header : .footer)
                }
                break
            }
        }
    }

    /// Numbers vary from page to page (`第 3 页`, `第 10 页`); whitespace is layout.
    private static func key(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars where !s.isSpace {
            if s.isASCIIDigit || s.properties.numericType != nil {
                if out.last != "#" { out.append("#") }
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    static func cleaned(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = false
        for s in text.unicodeScalars {
            if s.isSpace {
                if !lastWasSpace, !out.isEmpty { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(s)
                lastWasSpace = false
            }
        }
        if out.last == " " { out.removeLast() }
        return String(out)
    }
}
