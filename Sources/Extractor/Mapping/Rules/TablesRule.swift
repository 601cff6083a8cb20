import Schema

/// `tables`: runs of table rows — markdown (`| a | b |`), tab-separated text, and PDF rows whose
/// cells geometry split by column gaps. Cells are trimmed; markdown separator rows (`|---|`)
/// are dropped. A table needs two rows; a lone row is a line, not a table.
enum TablesRule: MappingRule {
    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        let text = analysis.text
        var run: [ParsedLine] = []
        func flush() {
            defer { run.removeAll() }
            guard run.count >= 2 else { return }  // a table is two rows or more (one row is never split)
            let rows = run.map { cells(String($0.text)) }.filter { !isSeparator($0) && !$0.isEmpty }
            guard rows.count >= 2, let first = run.first, let last = run.last else { return }
            contract.tables.append(Table(rows: rows, location: text.location(first.range.lowerBound..<last.range.upperBound)))
        }
        for line in text.allLines {
            if line.isTableRow, run.last.map({ $0.index + 1 == line.index }) ?? true {
                run.append(line)
            } else {
                flush()
                if line.isTableRow { run.append(line) }
            }
        }
        flush()
        return []
    }

    /// A row's cells, split at its tabs, or at `|` for a Markdown row (`| a | b |`), each trimmed.
    /// Split by scalars: a tab or a bar is a character of its own in any row.
    static func cells(_ row: String) -> [String] {
        var t = row.trimmedWhitespace.unicodeScalars[...]
        var separator: Unicode.Scalar = "\t"
        if t.first == "|" {
            t.removeFirst()
            if t.last == "|" { t.removeLast() }
            separator = "|"
        }
        return t.split(separator: separator, omittingEmptySubsequences: false).map { String(scalars: $0).trimmedWhitespace }
    }

    /// `|---|:---:|` rows.
    static func isSeparator(_ cells: [String]) -> Bool {
        !cells.isEmpty && cells.allSatisfy { c in !c.isEmpty && c.allSatisfy { $0 == "-" || $0 == ":" } }
    }
}
