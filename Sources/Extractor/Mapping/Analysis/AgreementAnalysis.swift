import Schema

/// One reading of an agreement, made once before any rule runs: every `key：value` line and
/// party line with the party it speaks of, and the party roles in the order the agreement
/// names them. Rules read this instead of rescanning lines with readers of their own.
struct AgreementAnalysis {
    /// A `key：value` line: the reading and its line.
    struct KeyValueLine {
        let line: ParsedLine
        let reading: KeyValueReader.Reading
        /// The value's span in the normalized text.
        var span: Range<Int> { (line.range.lowerBound + reading.span.lowerBound)..<(line.range.lowerBound + reading.span.upperBound) }
    }

    /// What the agreement says of its parties, in reading order.
    enum PartyEvent {
        /// A party line (`出租方（甲方）：A公司`): the party opens or is named again.
        case named(KeyValueReader.PartyEntry, line: ParsedLine)
        /// A block heading that names a party without a name line (`甲方账户信息：`).
        case block(role: String, line: ParsedLine)
        /// A `key：value` line stated of the party merged under `role`.
        case states(role: String, KeyValueLine)
    }

    let text: ContractText
    /// Every `key：value` line of the agreement (title block to attachments).
    let keyValues: [KeyValueLine]
    let partyEvents: [PartyEvent]
    /// The roles (as written) of the parties the record lists, in order: those with a party line,
    /// and those only a block names when something is stated of them.
    let partyRoles: [String]
    /// The key each of those parties is merged under (甲方 for `出租方（甲方）`), same order.
    let partyKeys: [String]
    /// The body's sentences (lines cut after 。；), which the clause rules read.
    let sentences: [ClauseSentence]
    /// By clause kind (`Lexicon.clauseKindOrder`): `sentences(with:)`.
    private let clauseWords: [[(sentence: ClauseSentence, word: String, at: Int)]]

    init(_ text: ContractText) {
        self.text = text
        sentences = ClauseSentence.sentences(of: text.lines)
        clauseWords = Self.clauseWords(in: sentences)
        let lines = text.allLines
        var readings: [KeyValueReader.Reading?] = []
        var cellReadings: [[KeyValueReader.Reading]] = []
        var entries: [[KeyValueReader.PartyEntry]] = []
        var keyValues: [KeyValueLine] = []
        // The role a `乙方收款账号：…` line names before its key, by line.
        var namedRoles: [Int: String] = [:]
        readings.reserveCapacity(lines.count)
        cellReadings.reserveCapacity(lines.count)
        for (k, line) in lines.enumerated() {
            let found = KeyValueReader.partyEntries(of: line)
            entries.append(found)
            let start = found.isEmpty ? KeyValueReader.textStart(line) : 0
            var reading = found.isEmpty ? KeyValueReader.keyValue(scalars: line.scalars, textStart: start) : nil
            if found.isEmpty, reading == nil, let prefixed = KeyValueReader.roleKeyValue(scalars: line.scalars, textStart: start) {
                reading = prefixed.reading
                namedRoles[k] = prefixed.role
            }
            readings.append(reading)
            var cells = found.isEmpty ? KeyValueReader.cellReadings(scalars: line.scalars, after: reading?.key) : []
            if let reading, let account = KeyValueReader.accountAfterBank(reading, scalars: line.scalars) { cells.insert(account, at: 0) }
            cellReadings.append(cells)
            for reading in [reading].compactMap({ $0 }) + cells { keyValues.append(KeyValueLine(line: line, reading: reading)) }
        }
        self.keyValues = keyValues
        let continued = SignatureContinuation.roles(lines: lines, entries: entries, readings: readings, location: text.location)

        var events: [PartyEvent] = []
        var current: String?
        for (k, line) in lines.enumerated() {
            if !entries[k].isEmpty {
                for entry in entries[k] {
                    current = entry.canonical
                    events.append(.named(entry, line: line))
                }
                continue
            }
            let hasStated = readings[k] != nil || !cellReadings[k].isEmpty
            func states(_ role: String) {
                for reading in [readings[k]].compactMap({ $0 }) + cellReadings[k] {
                    events.append(.states(role: role, KeyValueLine(line: line, reading: reading)))
                }
            }
            // `乙方收款账号：…` states 乙方's and opens its block (`名称：`, `开户银行：` follow).
            if let role = namedRoles[k] {
                current = role
                states(role)
                continue
            }
            if hasStated, let role = continued[line.index] {
                states(role)
                continue
            }
            // A block heading ends with its colon: only such a line is made a string and asked.
            if let last = line.scalars.last(where: { !$0.isSpace }), last == "：" || last == ":",
               let context = KeyValueReader.blockRole(String(line.text).trimmedWhitespace) {
                current = context
                events.append(.block(role: context, line: line))
                continue
            }
            if let label = line.label, label.style == .article || label.style == .hanComma, !line.text.includes("如致") { current = nil }
            guard hasStated, let role = current else { continue }
            states(role)
        }
        partyEvents = events
        let parties = Self.parties(of: events)
        partyKeys = parties.map(\.key)
        partyRoles = parties.map(\.role)
    }

    /// The sentences holding a word of clause kind `kind` (the lexicon's), with the first such
    /// word: leftmost, the longer at one position, as `sentence.first(of: wordSet(kind))` finds it.
    func sentences(with kind: String) -> [(sentence: ClauseSentence, word: String, at: Int)] {
        guard let k = Lexicon.shared.clauseKindOrder.firstIndex(of: kind) else { return [] }
        return clauseWords[k]
    }

    /// For each clause kind of the lexicon (`clauseKindOrder`), the sentences that hold one of its
    /// words and the first such word: found in one pass over each sentence for all kinds together
    /// (the clause rules each passed over every sentence for their own kind before).
    private static func clauseWords(in sentences: [ClauseSentence]) -> [[(sentence: ClauseSentence, word: String, at: Int)]] {
        let lexicon = Lexicon.shared
        let union = lexicon.allClauseWords, kindsOfWord = lexicon.clauseKindsOfWord
        var out = Array(repeating: [(sentence: ClauseSentence, word: String, at: Int)](), count: lexicon.clauseKindOrder.count)
        var found = Array(repeating: false, count: out.count)
        for sentence in sentences {
            for k in found.indices { found[k] = false }
            var remaining = found.count
            union.forEachMatch(in: sentence.scalars) { word, at in
                for kind in kindsOfWord[word] where !found[kind] {
                    found[kind] = true
                    remaining -= 1
                    out[kind].append((sentence, union.words[word], at))
                }
                return remaining > 0
            }
        }
        return out
    }

    /// A role with a party line is a party even when the template leaves it blank; a role only
    /// mentioned by a block (`如致甲方：`) needs a name, representative, address, phone or account.
    private static func parties(of events: [PartyEvent]) -> [(key: String, role: String)] {
        var order: [String] = []
        var written: [String: String] = [:]
        var named = Set<String>()
        var detailed = Set<String>()
        let details: Set<PartyKey> = [.name, .legalRepresentative, .address, .phone, .accountName, .accountNumber, .bank, .bankCode]
        for event in events {
            switch event {
            case .named(let entry, _):
                if written[entry.canonical] == nil { order.append(entry.canonical); written[entry.canonical] = entry.role }
                named.insert(entry.canonical)
                if entry.name != nil { detailed.insert(entry.canonical) }
            case .block(let role, _):
                if written[role] == nil { order.append(role); written[role] = role }
            case .states(let role, let kv):
                if written[role] != nil, details.contains(kv.reading.key) { detailed.insert(role) }
            }
        }
        return order.filter { named.contains($0) || detailed.contains($0) }.map { ($0, written[$0]!) }
    }
}
