import Schema

/// A paragraph of a DOCX part as Word shows it: its 1-based number in document order, its style,
/// the rendered list label (`第一条 `) and its text, with `\n` for line breaks and `\t` for tabs.
struct DocxParagraph: Equatable {
    var number: Int
    var style: String?
    var label = ""
    var text = ""
    var cell: TableCellPosition?

    /// Label and text, as one string.
    var shown: String { label + text }
}

/// One item of the body in order: a paragraph, or a row of a table with each cell's paragraphs
/// (a nested table's rows become paragraphs of their cell, cells joined by a tab).
enum DocxItem: Equatable {
    case paragraph(DocxParagraph)
    case row(table: Int, cells: [[DocxParagraph]])
}

/// Reads a WordprocessingML part (document, header, footer) event by event into `DocxItem`s:
/// text runs (`w:t`) outside deletions (`w:del`, `w:moveFrom`), field instructions, the
/// `mc:Fallback` copy of a drawing, and hidden runs (`w:vanish`); field results kept; tracked
/// insertions kept; text boxes (`w:txbxContent`) as paragraphs of their own, numbered after the
/// paragraph they are anchored in but read before its text; a content control showing its placeholder (`w:showingPlcHdr`) as a blank
/// `____` (left out when glued to text before it); `w:br`/`w:cr` as line breaks, `w:tab`/`w:ptab` as tabs; list labels rendered by
/// `NumberingCounter`.
struct DocxBodyReader {
    /// Subtrees whose text Word does not show.
    static let skipped: Set<String> = ["del", "moveFrom", "instrText", "delText", "delInstrText", "Fallback",
                                       "pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "trPrChange",
                                       "tcPrChange", "numberingChange", "tblGridChange", "footnotes", "endnotes"]

    private struct Table {
        var index: Int
        var row = 0
        var column = 1
        var cells: [[DocxParagraph]] = []
        var cellParagraphs: [DocxParagraph] = []
        var cellColumn = 1
        var span = 1
        var mergedContinue = false
    }

    private struct Sdt {
        var placeholder = false
    }

    private var numbering: NumberingCounter?
    private let styles: DocxStyles?
    private(set) var items: [DocxItem] = []
    private var paragraphCount: Int
    private var tableCount: Int
    private var open: [DocxParagraph] = []
    private var numID: [String?] = []
    private var ilvl: [Int?] = []
    /// The paragraph mark is hidden (`w:pPr/w:rPr/w:vanish`): an empty such paragraph is not shown.
    private var markHidden: [Bool] = []
    private var tables: [Table] = []
    private var sdts: [Sdt] = []
    /// Field nesting: true while a field is between begin and separate (its instruction).
    private var fields: [Bool] = []
    private var skipDepth = 0
    private var runDepth = 0
    private var inRunProperties = false
    private var runHidden = false
    private var inParagraphProperties = 0
    private var inText = false

    init(numbering: NumberingCounter?, styles: DocxStyles?) {
        self.numbering = numbering
        self.styles = styles
        self.paragraphCount = 0
        self.tableCount = 0
    }

    private var showing: Bool {
        skipDepth == 0 && !runHidden && !fields.contains(true) && !sdts.contains { $0.placeholder }
    }

    mutating func handle(_ event: XMLEvent) {
        switch event {
        case .start(let name, let a):
            if skipDepth > 0 || Self.skipped.contains(name) {
                skipDepth += 1
                return
            }
            start(name, a)
        case .end(let name):
            if skipDepth > 0 {
                skipDepth -= 1
                return
            }
            end(name)
        case .text(let s):
            if inText, showing, !open.isEmpty { open[open.count - 1].text += s }
        }
    }

    private mutating func start(_ name: String, _ a: [String: String]) {
        switch name {
        case "p":
            paragraphCount += 1
            let cell = tables.last.map { TableCellPosition(table: $0.index, row: $0.row, column: $0.cellColumn) }
            open.append(DocxParagraph(number: paragraphCount, cell: cell))
            numID.append(nil)
            ilvl.append(nil)
            markHidden.append(false)
        case "pPr": inParagraphProperties += 1
        case "pStyle" where inParagraphProperties > 0:
            if !open.isEmpty { open[open.count - 1].style = a["val"] }
        case "numId" where inParagraphProperties > 0:
            if !numID.isEmpty { numID[numID.count - 1] = a["val"] ?? "0" }
        case "ilvl" where inParagraphProperties > 0:
            if !ilvl.isEmpty { ilvl[ilvl.count - 1] = a["val"].flatMap { Int($0) } ?? 0 }
        case "r":
            runDepth += 1
            runHidden = false
        case "rPr" where runDepth > 0: inRunProperties = true
        case "vanish", "specVanish":
            let on = !(a["val"] == "0" || a["val"] == "false")
            if inRunProperties, runDepth > 0 {
                runHidden = on
            } else if inParagraphProperties > 0, runDepth == 0, !markHidden.isEmpty {
                markHidden[markHidden.count - 1] = on
            }
        case "t" where runDepth > 0: inText = true
        case "tab", "ptab":
            if runDepth > 0, inParagraphProperties == 0 { append("\t") }
        case "br", "cr":
            if runDepth > 0 { append("\n") }
        case "noBreakHyphen": if runDepth > 0 { append("-") }
        case "sym":
            if runDepth > 0, let code = a["char"].flatMap({ UInt32($0, radix: 16) }) { append(Self.symbol(code)) }
        case "fldChar":
            switch a["fldCharType"] {
            case "begin": fields.append(true)
            case "separate": if !fields.isEmpty { fields[fields.count - 1] = false }
            case "end": _ = fields.popLast()
            default: break
            }
        case "sdt": sdts.append(Sdt())
        case "showingPlcHdr":
            if !sdts.isEmpty, !(a["val"] == "0" || a["val"] == "false") { sdts[sdts.count - 1].placeholder = true }
        case "sdtContent":
            // The blank goes where the placeholder text would have been — after a label's colon,
            // a space or at the start of a line; glued to other text (a name) it would become part
            // of that value, so there it is left out.
            if let last = sdts.last, last.placeholder, skipDepth == 0, !open.isEmpty {
                let before = open[open.count - 1].text.unicodeScalars.last
                if before == nil || before == "：" || before == ":" || before!.properties.isWhitespace {
                    open[open.count - 1].text += "____"
                }
            }
        case "tbl":
            tableCount += 1
            tables.append(Table(index: tableCount))
        case "tr":
            if !tables.isEmpty {
                tables[tables.count - 1].row += 1
                tables[tables.count - 1].column = 1
                tables[tables.count - 1].cells = []
            }
        case "gridBefore":
            if !tables.isEmpty, let n = a["val"].flatMap({ Int($0) }) { tables[tables.count - 1].column += max(0, min(n, 64)) }
        case "tc":
            if !tables.isEmpty {
                tables[tables.count - 1].cellParagraphs = []
                tables[tables.count - 1].cellColumn = tables[tables.count - 1].column
                tables[tables.count - 1].span = 1
                tables[tables.count - 1].mergedContinue = false
            }
        case "gridSpan":
            if !tables.isEmpty, let n = a["val"].flatMap({ Int($0) }) { tables[tables.count - 1].span = max(1, min(n, 64)) }
        case "vMerge", "hMerge":
            if !tables.isEmpty, a["val"] == nil || a["val"] == "continue" { tables[tables.count - 1].mergedContinue = true }
        default: break
        }
    }

    private mutating func end(_ name: String) {
        switch name {
        case "p":
            guard var paragraph = open.popLast() else { return }
            let ownNum = numID.popLast() ?? nil
            let ownLevel = ilvl.popLast() ?? nil
            let hiddenMark = markHidden.popLast() ?? false
            var list: (String, Int)?
            if let ownNum { list = (ownNum, ownLevel ?? 0) } else if let style = paragraph.style ?? styles?.defaultParagraphStyle,
                                                                     let styled = styles?.numbering(of: style) {
                list = (styled.numID, ownLevel ?? styled.ilvl)
            }
            if let (id, level) = list, id != "0" {
                let label = numbering?.next(numID: id, ilvl: level) ?? ""
                // Counted, but not shown when nothing of the paragraph is visible.
                if !(hiddenMark && paragraph.text.allSatisfy(\.isWhitespace)) { paragraph.label = label }
            }
            emit(paragraph)
        case "pPr": inParagraphProperties = max(0, inParagraphProperties - 1)
        case "r":
            runDepth = max(0, runDepth - 1)
            runHidden = false
        case "rPr": inRunProperties = false
        case "t": inText = false
        case "sdt": _ = sdts.popLast()
        case "tc":
            guard !tables.isEmpty else { return }
            let t = tables[tables.count - 1]
            tables[tables.count - 1].cells.append(t.mergedContinue ? [] : t.cellParagraphs)
            tables[tables.count - 1].column += t.span
        case "tr":
            guard let t = tables.last else { return }
            if tables.count == 1 {
                items.append(.row(table: t.index, cells: t.cells))
            } else {
                // A nested table: its row becomes one paragraph of the enclosing cell.
                let texts = t.cells.map { $0.map(\.shown).joined(separator: " ") }
                if var first = t.cells.lazy.flatMap({ $0 }).first {
                    first.label = ""
                    first.text = texts.joined(separator: "\t")
                    first.cell = TableCellPosition(table: tables[tables.count - 2].index, row: tables[tables.count - 2].row,
                                                   column: tables[tables.count - 2].cellColumn)
                    tables[tables.count - 2].cellParagraphs.append(first)
                }
            }
        case "tbl": _ = tables.popLast()
        default: break
        }
    }

    private mutating func emit(_ paragraph: DocxParagraph) {
        if tables.isEmpty {
            items.append(.paragraph(paragraph))
        } else {
            tables[tables.count - 1].cellParagraphs.append(paragraph)
        }
    }

    private mutating func append(_ s: String) {
        guard showing, !open.isEmpty else { return }
        open[open.count - 1].text += s
    }

    /// A Wingdings/Symbol character (`w:sym`): the check boxes forms use; others are dropped.
    static func symbol(_ code: UInt32) -> String {
        switch code & 0xFF {
        case 0xA8, 0x6F, 0x71, 0xA1: return "□"
        case 0xFE, 0x52, 0xFD, 0x78: return "☑"
        case 0xB7, 0x9F, 0x6C: return "•"
        default: return ""
        }
    }
}
