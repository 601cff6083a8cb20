/// The roles, attribute keys and form keys of `lexiconTSV`, parsed once, with the lookups the
/// clause parser and the mapper make: whether a line opens a party, which party a role head
/// names, which attribute a key names. Every recognizer of a party or key wording reads this;
/// no other file lists such words.
struct Lexicon: Sendable {
    /// One line of the data: its kind, its word and what follows.
    struct Entry: Equatable, Sendable {
        let kind: String
        let word: String
        let meaning: String?
    }

    static let shared = Lexicon(tsv: lexiconTSV)

    let entries: [Entry]
    /// Role words, longest first (so `被许可方` is tried before `许可方` is ever a prefix).
    let roles: [String]
    /// Role word → the letter role it stands for, when it stands for one.
    let roleKeys: [String: String]
    /// 甲方, 乙方, 丙方, 丁方.
    let letterRoles: [String]
    /// Attribute keys, longest first.
    let attributeKeys: [(String, PartyKey)]
    let signatureWords: [String]
    let seals: [String]
    let blockWords: [String]
    let contractNumberKeys: [String]
    /// The clause words (`place`, `penalty`, `terminate` … : the kinds after `number` in the
    /// data), by kind, longest first.
    let clauseWords: [String: [String]]
    /// The same, ready for scanning.
    let clauseWordSets: [String: WordSet]
    /// Every clause word of every kind in one set, and the kinds (indices in `clauseKindOrder`)
    /// each of its words belongs to: one pass over a sentence finds each kind's first word.
    let allClauseWords: WordSet
    let clauseKindsOfWord: [[Int]]
    let clauseKindOrder: [String]
    let roleInitials: ScalarSet
    /// The roles and the signature words, ready for matching at a line's start.
    private let roleSet: WordSet
    private let signatureSet: WordSet
    /// The roles as a set, and the last scalars of the signature words, for `role(ofHead:)`.
    private let roleNames: Set<String>
    private let signatureEndings: ScalarSet

    init(tsv: String) {
        let entries: [Entry] = tsv.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "\t").map(String.init)
            guard cells.count >= 2, !line.hasPrefix("#") else { return nil }
            return Entry(kind: cells[0], word: cells[1], meaning: cells.count > 2 ? cells[2] : nil)
        }
        self.entries = entries
        let words = { (kind: String) in entries.filter { $0.kind == kind }.map(\.word) }
        let byLength = { (a: String, b: String) in a.unicodeScalars.count > b.unicodeScalars.count }
        let roles = words("role").sorted(by: byLength)
        self.roles = roles
        letterRoles = entries.filter { $0.kind == "role" && $0.meaning == $0.word }.map(\.word)
        roleKeys = Dictionary(entries.filter { $0.kind == "role" && $0.meaning != nil && $0.meaning != "-" }.map { ($0.word, $0.meaning!) },
                              uniquingKeysWith: { a, _ in a })
        let keys = entries.filter { $0.kind == "key" }
            .compactMap { e in e.meaning.flatMap(PartyKey.init(rawValue:)).map { (e.word, $0) } }
        // OCR reads a key's final 人 as 入 (PP-OCR on seed-000's office copy: `负责入：宿召磊`); no
        // such variant is a word, so it reads as its key.
        let misread = keys.filter { $0.0.hasSuffix("人") }.map { (String($0.0.dropLast()) + "入", $0.1) }
        attributeKeys = (keys + misread).sorted { byLength($0.0, $1.0) }
        signatureWords = words("signature").sorted(by: byLength)
        seals = words("seal")
        blockWords = words("block")
        contractNumberKeys = words("number").sorted(by: byLength)
        clauseWords = Dictionary(grouping: entries.filter { Self.clauseKinds.contains($0.kind) }, by: \.kind)
            .mapValues { $0.map(\.word).sorted(by: byLength) }
        clauseWordSets = clauseWords.mapValues(WordSet.init)
        let byKind = clauseWords, kindOrder = byKind.keys.sorted()
        let union = WordSet(Set(byKind.values.joined()).sorted())
        clauseKindOrder = kindOrder
        allClauseWords = union
        clauseKindsOfWord = union.words.map { word in kindOrder.indices.filter { byKind[kindOrder[$0]]!.contains(word) } }
        roleInitials = ScalarSet(roles.compactMap(\.unicodeScalars.first) + ["甲", "乙"])
        roleSet = WordSet(roles)
        signatureSet = WordSet(signatureWords)
        roleNames = Set(roles)
        signatureEndings = ScalarSet(signatureWords.compactMap(\.unicodeScalars.last))
    }

    /// The kinds of clause words.
    static let clauseKinds: Set<String> = ["place", "law", "payment", "pay", "penalty", "cap", "terminate", "renew", "grant",
                                           "deny", "warranty", "delivery", "secrecy"]

    /// The words of one clause kind, longest first.
    func words(_ kind: String) -> [String] { clauseWords[kind] ?? [] }

    /// The words of one clause kind, ready for scanning.
    func wordSet(_ kind: String) -> WordSet { clauseWordSets[kind] ?? WordSet([]) }

    /// `甲方：…`, `甲（供）方：…`, `出租方（甲方）：…`, `乙方（盖章）：`, `甲方签字：` — a role, an
    /// optional parenthesis, then a colon; or a signature entry with nothing after it, where the
    /// colon is often not printed (or not read: PP-OCR on a fax copy gave `乙方签字`): `乙方签字`,
    /// `甲方（盖章）`; or a name in brackets with no colon before it (`甲方【X】（以下简称“甲方”）`).
    /// A role alone (`甲方`) is not a party line.
    func isPartyLine(_ text: Substring) -> Bool {
        partyLineShape(text) != nil
    }

    /// A party line that is a role with its colon (`乙方：…`, `出租方（甲方）：…`) or a signature
    /// entry (`乙方（盖章）：…`, `乙方签字`, `乙方（签章）`), not a bracketed name: names never hold
    /// one, so it ends the name before it even with no space between (PP-OCR read seed-001-scan's
    /// `甲方（盖章）：蛟河市人民法院 乙方（盖章）：…` as one line without the gap).
    func isEntryAfterName(_ text: Substring) -> Bool {
        guard let shape = partyLineShape(text) else { return false }
        return shape != .bracketedName
    }

    private enum PartyLineShape { case entry, signature, bracketedName }

    private func partyLineShape(_ text: Substring) -> PartyLineShape? {
        guard let first = text.unicodeScalars.first(where: { $0 != " " }), roleInitials.contains(first) else { return nil }
        var rest = text.drop { $0 == " " }
        let second = rest.unicodeScalars.dropFirst().first
        if second == "（" || second == "(", rest.hasPrefix("甲（") || rest.hasPrefix("乙（") || rest.hasPrefix("甲(") || rest.hasPrefix("乙(") {
            rest = rest.dropFirst()
            guard let close = rest.firstIndex(where: { $0 == "）" || $0 == ")" }),
                  rest.distance(from: rest.startIndex, to: close) <= 6 else { return nil }
            rest = rest[rest.index(after: close)...]
            guard rest.first == "方" else { return nil }
            rest = rest.dropFirst()
        } else {
            guard let role = roleSet.prefix(of: rest.unicodeScalars) else { return nil }
            rest = rest.dropFirst(role.count)
        }
        rest = rest.drop { $0 == " " }
        var signs = false
        if let word = signatureSet.prefix(of: rest.unicodeScalars) {
            rest = rest.dropFirst(word.count)
            signs = true
        }
        if rest.first == "（" || rest.first == "(" {
            guard let close = rest.firstIndex(where: { $0 == "）" || $0 == ")" }),
                  rest.distance(from: rest.startIndex, to: close) <= 10 else { return nil }
            signs = signs || seals.contains(String(rest[...close]))
            rest = rest[rest.index(after: close)...].drop { $0 == " " }
        }
        if rest.first == "：" || rest.first == ":" || (signs && rest.allSatisfy { $0 == " " }) { return signs ? .signature : .entry }
        return !signs && Self.isBracketedName(rest) ? .bracketedName : nil
    }

    /// `【蛟河市人民法院】（以下简称“甲方”）` right after a role: a party line whose colon is not
    /// there (PP-OCR lost the one of `甲方：【…】` on an office scan of seed-001). The bracket must
    /// close, and nothing but `（以下简称…）` / `（下称…）` may follow it: `甲方【应】在…` is prose.
    static func isBracketedName(_ rest: Substring) -> Bool {
        guard rest.first == "【", let close = rest.firstIndex(of: "】") else { return false }
        let after = rest[rest.index(after: close)...].drop { $0 == " " }
        return after.isEmpty || ["（以下简称", "(以下简称", "（下称", "(下称"].contains { after.hasPrefix($0) }
    }

    /// The line opens with a role word (`甲方`, `用人单位` …), whatever follows.
    func startsWithRole(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first(where: { $0 != " " }), roleInitials.contains(first) else { return false }
        let t = text.drop { $0 == " " }
        return roleSet.prefix(of: t.unicodeScalars) != nil || t.hasPrefix("甲（") || t.hasPrefix("乙（")
    }

    /// A party line's head (what stands before its colon) → (role as written, the key the party
    /// is merged under). `出租方（甲方）` → (出租方, 甲方): one party; `甲方（委托人）` → (甲方, 甲方);
    /// `甲（供）方` → (甲（供）方, 甲方); `乙方（盖章）`, `甲方签字` → (乙方, 乙方), (甲方, 甲方);
    /// `出卖人` → (出卖人, 出卖人): party-neutral roles are their own key.
    func role(ofHead head: String) -> (role: String, key: String) {
        var role = head
        for seal in seals { role = role.replacingAll(seal, with: "") }
        role = role.trimmedWhitespace
        if let last = role.unicodeScalars.last, signatureEndings.contains(last),
           let word = signatureWords.first(where: { role.hasSuffix($0) }) { role = String(role.dropLast(word.count)) }
        var key = role
        for letter in letterRoles where role.includes(letter) || role.includes(String(letter.first!) + "（") { key = letter }
        if role.hasPrefix("甲（") || role.hasPrefix("甲(") { key = "甲方" } else if role.hasPrefix("乙（") || role.hasPrefix("乙(") { key = "乙方" }
        if let paren = role.firstIndex(where: { $0 == "（" || $0 == "(" }), roleNames.contains(String(role[..<paren])) {
            role = String(role[..<paren])
        }
        if key == role, let mapped = roleKeys[role] { key = mapped }
        return (role, key)
    }

    /// The attribute a key word names.
    func attribute(_ word: String) -> PartyKey? { attributeKeys.first { $0.0 == word }?.1 }
}
