import Schema

/// Collects the text of an HTML body into paragraphs and table rows as tags open and close: a
/// block tag ends the paragraph, `<br>` breaks the line, `<td>`/`<th>` hold the paragraphs of a
/// cell (their column counts `colspan`), `<tr>` ends a row, a nested table's row becomes one
/// paragraph of its cell with the cells joined by a tab.
struct HtmlBlockBuilder {
    private struct Table {
        var index: Int
        var row = 0
        var column = 1
        var cells: [[DocxParagraph]] = []
        var cell: [DocxParagraph]?
        var cellColumn = 1
        var inRow = false
    }

    private var items: [DocxItem] = []
    private var text = ""
    private var tables: [Table] = []
    private var paragraphs = 0
    private var tableCount = 0
    private var pre = 0

    mutating func scalar(_ c: Unicode.Scalar) {
        if pre == 0, c.properties.isWhitespace || c == "\u{00A0}" {
            if c == "\u{00A0}" {
                text.unicodeScalars.append(" ")
                return
            }
            if let last = text.unicodeScalars.last, last != " ", last != "\n" { text.unicodeScalars.append(" ") }
            return
        }
        text.unicodeScalars.append(c)
    }

    mutating func text(_ s: String) {
        for c in s.unicodeScalars { scalar(c) }
    }

    mutating func tag(_ tag: HtmlTag) {
        switch tag.name {
        case "br":
            text += "\n"
        case "pre":
            flush()
            pre = max(0, pre + (tag.closing ? -1 : 1))
        case "input":
            let type = tag.attributes["type"]?.lowercased() ?? "text"
            if type == "checkbox" || type == "radio" {
                text += tag.attributes["checked"] != nil ? "☑" : "□"
            } else if ["text", "number", "date", "tel", "email"].contains(type), let value = tag.attributes["value"] {
                self.text(value)
            }
        case "table":
            flush()
            if tag.closing {
                endRow()
                _ = tables.popLast()
            } else {
                tableCount += 1
                tables.append(Table(index: tableCount))
            }
        case "tr":
            flush()
            endRow()
            if !tag.closing, !tables.isEmpty {
                tables[tables.count - 1].row += 1
                tables[tables.count - 1].column = 1
                tables[tables.count - 1].cells = []
                tables[tables.count - 1].inRow = true
            }
        case "td", "th":
            flush()
            endCell()
            if !tag.closing, !tables.isEmpty {
                if !tables[tables.count - 1].inRow {
                    tables[tables.count - 1].row += 1
                    tables[tables.count - 1].inRow = true
                }
                let span = tag.attributes["colspan"].flatMap { Int($0) }.map { max(1, min($0, 64)) } ?? 1
                tables[tables.count - 1].cell = []
                tables[tables.count - 1].cellColumn = tables[tables.count - 1].column
                tables[tables.count - 1].column += span
            }
        default:
            if HtmlTextLayer.blockTags.contains(tag.name) { flush() }
        }
    }

    mutating func finish() -> [DocxItem] {
        flush()
        while !tables.isEmpty {
            endRow()
            _ = tables.popLast()
        }
        return items
    }

    private mutating func flush() {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        text = ""
        guard !trimmed.isEmpty else { return }
        paragraphs += 1
        var paragraph = DocxParagraph(number: paragraphs, text: trimmed)
        if let t = tables.last, t.cell != nil {
            paragraph.cell = TableCellPosition(table: t.index, row: t.row, column: t.cellColumn)
            tables[tables.count - 1].cell!.append(paragraph)
        } else {
            items.append(.paragraph(paragraph))
        }
    }

    private mutating func endCell() {
        guard let t = tables.last, let cell = t.cell else { return }
        tables[tables.count - 1].cells.append(cell)
        tables[tables.count - 1].cell = nil
    }

    private mutating func endRow() {
        endCell()
        guard let t = tables.last, t.inRow else { return }
        tables[tables.count - 1].inRow = false
        guard !t.cells.isEmpty else { return }
        if tables.count == 1 {
            items.append(.row(table: t.index, cells: t.cells))
        } else if var first = t.cells.lazy.flatMap({ $0 }).first {
            let outer = tables[tables.count - 2]
            first.text = t.cells.map { $0.map(\.shown).joined(separator: " ") }.joined(separator: "\t")
            first.cell = TableCellPosition(table: outer.index, row: outer.row, column: outer.cellColumn)
            if outer.cell != nil { tables[tables.count - 2].cell!.append(first) } else { items.append(.paragraph(first)) }
        }
    }
}
