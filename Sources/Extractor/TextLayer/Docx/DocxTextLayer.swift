import Foundation
import Schema

/// A DOCX read into source lines: every body paragraph one line (a line break in it starts
/// another line of the same paragraph), its list label rendered in front; a table row one line
/// per line of its cells, the non-empty cells joined by a tab (a one-cell row, or a line with one
/// non-empty cell, reads as plain lines); headers and footers as page furniture, each part once.
/// Every character's origin indexes `blocks`, its paragraph and cell.
struct DocxTextLayer {
    var lines: [SourceLine] = []
    var blocks: [BlockPlace] = []
    var furniture: [PageFurniture] = []

    static func read(_ data: Data, limits: DocxPackage.Limits = DocxPackage.Limits()) throws -> DocxTextLayer {
        var package = try DocxPackage(data: data, limits: limits)
        let numbering = try package.part("word/numbering.xml").map(DocxNumbering.parse)
        let styles = try package.part("word/styles.xml").map(DocxStyles.parse)
        guard let document = try package.part("word/document.xml") else {
            throw DocxError.damaged("not a Word document: the package has no word/document.xml")
        }
        var body = DocxBodyReader(numbering: numbering.map(NumberingCounter.init), styles: styles)
        try SafeXML.parse(document, name: "word/document.xml") { body.handle($0) }

        var layer = DocxTextLayer(items: body.items)
        for (kind, type) in [(PageFurniture.Kind.header, "/header"), (.footer, "/footer")] {
            for path in try package.relatedParts(ofType: type) {
                guard let part = try package.part(path) else { continue }
                var reader = DocxBodyReader(numbering: numbering.map(NumberingCounter.init), styles: styles)
                try SafeXML.parse(part, name: path) { reader.handle($0) }
                let text = reader.items.flatMap(Self.texts).map(Self.collapse).filter { !$0.isEmpty }.joined(separator: " ")
                if !text.isEmpty, !layer.furniture.contains(where: { $0.kind == kind && $0.text == text }) {
                    layer.furniture.append(PageFurniture(page: 1, kind: kind, text: text))
                }
            }
        }
        return layer
    }

    /// The lines of paragraphs and table rows read from a DOCX or HTML body.
    init(items: [DocxItem]) {
        for item in items { add(item) }
    }

    private static func texts(_ item: DocxItem) -> [String] {
        switch item {
        case .paragraph(let p): return [p.shown]
        case .row(let cells): return cells.flatMap { $0.map(\.shown) }
        }
    }

    private static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private mutating func place(_ p: DocxParagraph) -> Int32 {
        blocks.append(BlockPlace(paragraph: p.number, cell: p.cell))
        return Int32(blocks.count - 1)
    }

    private mutating func add(_ item: DocxItem) {
        switch item {
        case .paragraph(let p):
            let origin = place(p)
            for part in Self.visualLines(p.shown) { lines.append(Self.line(part.map { SourceChar(scalar: $0, origin: origin) })) }
        case .row(let cells):
            // Each cell as its visual lines, each with its paragraph's origin.
            let cellLines: [[[SourceChar]]] = cells.map { paragraphs in
                paragraphs.flatMap { p -> [[SourceChar]] in
                    let origin = place(p)
                    return Self.visualLines(p.shown).map { $0.map { SourceChar(scalar: $0, origin: origin) } }
                }
            }
            let depth = cellLines.map(\.count).max() ?? 0
            for k in 0..<depth {
                let parts = cellLines.compactMap { k < $0.count ? $0[k] : nil }
                    .filter { !$0.allSatisfy { $0.scalar.isSpace } }
                guard !parts.isEmpty else { continue }
                var chars: [SourceChar] = []
                for (i, part) in parts.enumerated() {
                    if i > 0 { chars.append(.synthetic("\t")) }
                    chars += part.map { $0.scalar == "\t" ? SourceChar(scalar: " ", origin: $0.origin) : $0 }
                }
                var line = Self.line(chars)
                line.isTableRow = parts.count > 1
                lines.append(line)
            }
        }
    }

    private static func visualLines(_ s: String) -> [[Unicode.Scalar]] {
        s.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    }

    private static func line(_ chars: [SourceChar]) -> SourceLine {
        SourceLine(chars: chars, page: 1)
    }
}
