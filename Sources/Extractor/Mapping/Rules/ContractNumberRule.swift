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
            if let (value, _) = value(in: ArraySlice(item.unicodeScalars)) { found.append((value, nil)) }
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

    /// The keys as a word set, so a line is tested by its first scalar before any key is compared.
    private static let keySet = WordSet(keys)

    /// The value after a key at the start of a line or of a tab cell (`合同编号：【X】`,
    /// `乙（需）方：…⇥合同编号：X签订日期：…`), as a span of `s` (offsets from `s.startIndex`).
    static func value(in s: ArraySlice<Unicode.Scalar>) -> (String, Range<Int>)? {
        var cellStart = s.startIndex
        while cellStart < s.endIndex {
            if let (value, span) = value(in: s, from: cellStart) {
                return (value, (span.lowerBound - s.startIndex)..<(span.upperBound - s.startIndex))
            }
            guard let tab = s[cellStart...].firstIndex(of: "\t") else { return nil }
            cellStart = tab + 1
        }
        return nil
    }

    /// The value read at the cell starting at `cellStart`, as indices of `text`.
    private static func value(in text: ArraySlice<Unicode.Scalar>, from cellStart: Int) -> (String, Range<Int>)? {
        var i = cellStart
        while i < text.endIndex, text[i].isSpace { i += 1 }
        guard i < text.endIndex, keySet.starts(with: text[i]), let key = keySet.prefix(of: text[i...]) else { return nil }
        var j = i + key.unicodeScalars.count
        guard j < text.endIndex, text[j] == "：" || text[j] == ":" else { return nil }
        j += 1
        while j < text.endIndex, text[j].isSpace || text[j] == "【" { j += 1 }
        let start = j
        var end = start
        // Up to 】, a tab or the end; a space only ends it when another `key：` follows.
        let lastColon = text[start...].lastIndex(where: { $0 == "：" || $0 == ":" })
        while end < text.endIndex, text[end] != "】", text[end] != "\t" {
            if text[end] == " ", let lastColon, lastColon > end { break }
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
