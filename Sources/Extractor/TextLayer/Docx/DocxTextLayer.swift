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
        var i = 0
        while i < items.count {
            guard case .row(let table, _) = items[i] else {
                add(items[i])
                i += 1
                continue
            }
            var rows: [[[DocxParagraph]]] = []
            while i < items.count, case .row(let t, let cells) = items[i], t == table {
                rows.append(cells)
                i += 1
            }
            // A two-party block laid out as a table (需方 | 供方, one field per row): from the row
            // naming both parties on, each party's column is read whole, as the page is read.
            let partyRow = Self.partyBlockStart(rows) ?? rows.count
            for cells in rows[..<partyRow] { add(.row(table: table, cells: cells)) }
            for column in 0..<2 where partyRow < rows.count {
                addPlain(rows[partyRow...].compactMap { column < $0.count ? $0[column] : nil }.flatMap { $0 })
            }
        }
    }

    /// The first row of a party block: from it on every row has two cells, and both of its own
    /// cells name a party (`需方（甲方）：`, `甲方：`: the text before the colon holds 方).
    static func partyBlockStart(_ rows: [[[DocxParagraph]]]) -> Int? {
        guard let start = rows.firstIndex(where: { $0.count == 2 && $0.allSatisfy(namesParty) }),
              rows[start...].allSatisfy({ $0.count == 2 }) else { return nil }
        return start
    }

    private static func namesParty(_ cell: [DocxParagraph]) -> Bool {
        guard let text = cell.first?.shown.trimmingCharacters(in: .whitespaces),
              let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return false }
        let key = text[..<colon]
        return key.count <= 12 && key.contains("方")
    }

    private static func texts(_ item: DocxItem) -> [String] {
        switch item {
        case .paragraph(let p): return [p.shown]
        case .row(_, let cells): return cells.flatMap { $0.map(\.shown) }
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
        case .row(_, let cells):
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

    private mutating func addPlain(_ paragraphs: [DocxParagraph]) {
        for p in paragraphs { add(.paragraph(p)) }
    }

    /// A paragraph's lines (split at line breaks) with its gaps as the rendered page shows them:
    /// a gap of five or more spaces (an ideographic space counts two) before another `key：`
    /// field is a tab (`电话：⎵⎵⎵⎵⎵⎵传真：`); the spaces of a filled-in blank between a
    /// figure and Chinese text (`￥⎵1350⎵⎵元`) and after a check box (`□⎵甲方`) close up;
    /// other spaces (a blank between Chinese words, `地下⎵⎵层`) stay for the whitespace
    /// normalizer, which keeps one.
    static func visualLines(_ s: String) -> [[Unicode.Scalar]] {
        s.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let chars = Array(line)
            var out: [Unicode.Scalar] = []
            var i = 0
            while i < chars.count {
                guard isGap(chars[i]) else {
                    out.append(chars[i])
                    i += 1
                    continue
                }
                var j = i, width = 0
                while j < chars.count, isGap(chars[j]) {
                    width += chars[j] == "\u{3000}" ? 2 : 1
                    j += 1
                }
                if let before = out.last, j < chars.count {
                    let after = chars[j]
                    if width >= 5, startsField(chars[j...]) {
                        out.append("\t")
                    } else if (isFigure(before) && isChinese(after)) || (isChinese(before) && isFigure(after))
                                || isBox(before) {
                        // closed up
                    } else {
                        out += chars[i..<j]
                    }
                } else {
                    out += chars[i..<j]
                }
                i = j
            }
            return out
        }
    }

    private static func isGap(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\u{3000}" || c == "\u{00A0}" }
    private static func isFigure(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) || c == "￥" || c == "¥" }
    private static func isBox(_ c: Unicode.Scalar) -> Bool { "□☐☑☒■√".unicodeScalars.contains(c) }

    private static func isChinese(_ c: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(c.value) || (0x3400...0x4DBF).contains(c.value) || (0x3000...0x303F).contains(c.value)
            || (0xFF00...0xFFEF).contains(c.value)
    }

    /// The text after a gap up to the next gap holds a colon: another field starts there.
    private static func startsField(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        var n = 0, gap = 0
        for c in rest {
            if c == "：" || c == ":" { return true }
            if isGap(c) {
                // Letter spacing (`传⎵⎵⎵⎵真：`) goes on; a field's own blank ends it.
                gap += 1
                if gap >= 5 { return false }
                continue
            }
            gap = 0
            if c == "\t" || c == "，" || c == "。" || c == "；" { return false }
            n += 1
            if n > 16 { return false }
        }
        return false
    }

    private static func line(_ chars: [SourceChar]) -> SourceLine {
        SourceLine(chars: chars, page: 1)
    }
}
