import Schema

/// `contractNumber` from 合同编号 / 协议编号 / 合同号 / 编号, in the text or in page furniture
/// (a number printed in a running header). Brackets go, identifiers are NFKC without spaces.
/// Diagnostics: `contract-number-conflict` when two different numbers are stated.
enum ContractNumberRule: MappingRule {
    static let keys = Lexicon.shared.contractNumberKeys

    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        let text = analysis.text
        var found: [(value: String, location: Location?)] = []
        for line in text.allLines {
            if let (value, range) = value(in: line.scalars) {
                let start = line.range.lowerBound + range.lowerBound
                found.append((value, text.location(start..<(line.range.lowerBound + range.upperBound))))
            }
        }
        for item in text.furniture {
            if let (value, _) = value(in: Array(item.text.unicodeScalars)[...]) { found.append((value, nil)) }
        }
        guard let first = found.first else { return [] }
        contract.contractNumber = first.value
        contract.provenance?.contractNumber = first.location
        if let other = found.first(where: { $0.value != first.value }) {
            return [Diagnostic(severity: .warning, code: Code.conflict,
                               message: "The contract number is given as \(first.value) and as \(other.value).",
                               location: other.location)]
        }
        return []
    }

    /// The value after a key at the start of a line or of a tab cell (`合同编号：【X】`,
    /// `乙（需）方：…⇥合同编号：X签订日期：…`), as a span of `s`.
    static func value(in s: ArraySlice<Unicode.Scalar>) -> (String, Range<Int>)? {
        let text = Array(s)
        var cellStart = 0
        while cellStart < text.count {
            if let found = value(in: text, from: cellStart) { return found }
            guard let tab = text[cellStart...].firstIndex(of: "\t") else { return nil }
            cellStart = tab + 1
        }
        return nil
    }

    private static func value(in text: [Unicode.Scalar], from cellStart: Int) -> (String, Range<Int>)? {
        var i = cellStart
        while i < text.count, text[i].isSpace { i += 1 }
        guard let key = keys.first(where: { text[i...].starts(with: $0.unicodeScalars) }) else { return nil }
        var j = i + key.unicodeScalars.count
        guard j < text.count, text[j] == "：" || text[j] == ":" else { return nil }
        j += 1
        while j < text.count, text[j].isSpace || text[j] == "【" { j += 1 }
        let start = j
        var end = start
        // Up to 】, a tab or the end; a space only ends it when another `key：` follows.
        while end < text.count, text[end] != "】", text[end] != "\t" {
            if text[end] == " ", text[end...].contains(where: { $0 == "：" || $0 == ":" }) { break }
            end += 1
        }
        // `BSCBBJ-2020082800052签订日期：2020-06-24`: the next field's key ends the value.
        if let colon = text[start..<end].firstIndex(where: { $0 == "：" || $0 == ":" }) {
            var keyStart = colon
            while keyStart > start, text[keyStart - 1].isWideCJK { keyStart -= 1 }
            end = keyStart
        }
        let raw = String(scalars: text[start..<end])
        let value = FieldScanner.normalizedValue(raw)
        // `合同编号：  签订地点：杭州`: the next field's text is no number.
        guard !value.isEmpty, value != "/", !value.allSatisfy({ $0 == "_" || $0 == "＿" }), !TemplatePlaceholder.contains(value) else { return nil }
        return (value, start..<end)
    }
}

extension ContractNumberRule {
    enum Code {
        static let conflict = "contract-number-conflict"
    }
}
