import Schema

/// The one reader of `key：value` lines and party lines: `法定代表人：张三`, `甲方：A公司`,
/// `出租方（甲方）：…`, `甲（供）方：…`, block headings (`甲方账户信息：`, `(1) 如致甲方：`), with
/// the one "a value ends where the next known key begins" cut. Values come back cleaned (no
/// brackets, `（以下简称…）`, seals; `/`, blanks and placeholders are no value) together with their
/// span in the line, so every value the mapper reports can say where it was read.
enum KeyValueReader {
    /// A `key：value` reading: the key, the cleaned value and its span (scalar offsets in the line).
    struct Reading: Equatable {
        let key: PartyKey
        let value: String
        let span: Range<Int>
    }

    /// A party line's reading: role as written, its canonical key (甲方/乙方… or the role), the
    /// name it states and where.
    struct PartyEntry: Equatable {
        let role: String
        let canonical: String
        let name: String?
        let span: Range<Int>?
    }

    static let keys: [(String, PartyKey)] = Lexicon.shared.attributeKeys

    /// `key：value` at the start of the line (after a numbering label).
    static func keyValue(_ line: Substring) -> Reading? {
        keyValue(scalars: Array(line.unicodeScalars)[...])
    }

    /// The same for a line's scalars (`ParsedLine.scalars`): copied only when a key's first
    /// scalar stands where a key would begin, which most lines fail.
    static func keyValue(scalars line: ArraySlice<Unicode.Scalar>) -> Reading? {
        keyValue(scalars: line, textStart: textStart(line))
    }

    /// The same, where the line's words begin at `start` (`textStart`).
    static func keyValue(scalars line: ArraySlice<Unicode.Scalar>, textStart start: Int) -> Reading? {
        guard hasKey(line, at: start) else { return nil }
        return keyValue(Array(line), from: start - line.startIndex)
    }

    /// Whether a known key and its colon stand at `start`: asked of the line as it is, so only a
    /// line that has one is copied and read.
    private static func hasKey(_ s: ArraySlice<Unicode.Scalar>, at start: Int) -> Bool {
        guard start < s.endIndex, let candidates = keysByInitial[s[start]] else { return false }
        for (word, _) in candidates where s.endIndex - start >= word.count && s[start..<start + word.count].elementsEqual(word) {
            var j = start + word.count
            while j < s.endIndex, s[j] == " " || s[j] == "【" { j += 1 }
            if j < s.endIndex, s[j] == "：" || s[j] == ":" { return true }
        }
        return false
    }

    /// Where a line's words begin: after leading spaces and a numbering label.
    static func textStart(_ line: ArraySlice<Unicode.Scalar>) -> Int {
        var start = line.startIndex
        while start < line.endIndex, line[start].isSpace { start += 1 }
        if let label = NumberingLabel.scan(line[start...]) { start += label.length }
        return start
    }

    /// The same for a parsed line, whose label was read when it was parsed: a line that starts
    /// with its words (not a space) and is no table row begins them after that label.
    static func textStart(_ line: ParsedLine) -> Int {
        guard !line.isTableRow, let first = line.scalars.first, !first.isSpace else { return textStart(line.scalars) }
        return line.scalars.startIndex + (line.label?.length ?? 0)
    }

    /// `乙方收款账号：3602…`, `甲方开户银行：…`: a letter role written before the key (after a
    /// numbering label) states the attribute of that party, wherever the line stands: the role
    /// and the reading.
    static func roleKeyValue(scalars line: ArraySlice<Unicode.Scalar>) -> (role: String, reading: Reading)? {
        roleKeyValue(scalars: line, textStart: textStart(line))
    }

    /// The same, where the line's words begin at `start` (`textStart`).
    static func roleKeyValue(scalars line: ArraySlice<Unicode.Scalar>, textStart start: Int) -> (role: String, reading: Reading)? {
        guard start < line.endIndex, Lexicon.shared.roleInitials.contains(line[start]) else { return nil }
        for role in Lexicon.shared.letterRoles where line[start...].starts(with: role.unicodeScalars) {
            let keyStart = start + role.unicodeScalars.count
            guard hasKey(line, at: keyStart),
                  let reading = keyValue(Array(line), from: keyStart - line.startIndex) else { return nil }
            return (role, reading)
        }
        return nil
    }

    static func keyValue(_ s: [Unicode.Scalar], from start: Int) -> Reading? {
        guard start < s.count, let candidates = keysByInitial[s[start]] else { return nil }
        for (word, key) in candidates where s.count - start >= word.count && s[start..<start + word.count].elementsEqual(word) {
            var j = start + word.count
            while j < s.count, s[j] == " " || s[j] == "【" { j += 1 }
            guard j < s.count, s[j] == "：" || s[j] == ":" else { continue }
            guard var value = clean(String(scalars: s[(j + 1)...]), name: key.isProse) else { return nil }
            // `税号：91330110MA2HYAEK1T(1/1)`: a code ends where a parenthetical begins.
            if key == .creditCode, let paren = value.firstIndex(where: { $0 == "(" || $0 == "（" }), paren != value.startIndex {
                value = String(value[..<paren])
            }
            // `开户行及账号：塔城市迎宾路27号` (seed-000: an address filled in where the bank goes):
            // a bank is named as one (银行, 支行, 信用社, Bank); anything else is not read as one.
            if key == .bank, !namesBank(value) { return nil }
            // `开户行及账号：中国银行XX支行 6222 0000 1111`: the number is the account's, not the bank's.
            if key == .bank, let number = trailingAccountNumber(value) { value = number.bank }
            // The span is where the value stands as written, before OCR repairs change it.
            let span = ValueSpan.locate(value, in: s, from: j + 1)
            if key == .email { value = emailDomainPoints(value) }
            if key == .address { value = addressSpecks(value) }
            return Reading(key: key, value: value, span: span)
        }
        return nil
    }

    /// A bank value that ends with its account number (`中国银行XX支行 6222 0000 1111`, at least
    /// eight digits, spaces and dashes between them allowed): the bank and the number apart.
    static func trailingAccountNumber(_ value: String) -> (bank: String, number: String)? {
        let s = Array(value.unicodeScalars)
        var start = s.count
        while start > 0, s[start - 1].isASCIIDigit || s[start - 1] == " " || s[start - 1] == "-" { start -= 1 }
        let number = String(scalars: s[start...]).trimmedWhitespace
        guard number.unicodeScalars.filter(\.isASCIIDigit).count >= 8, start > 0 else { return nil }
        let bank = String(scalars: s[..<start]).trimmedWhitespace
        guard namesBank(bank) else { return nil }
        return (bank, number)
    }

    /// The account number a `开户行及账号：` value carries after its bank, as a reading of its own
    /// (spanned in the line), for the bank reading `bank` of `line`.
    static func accountAfterBank(_ bank: Reading, scalars line: ArraySlice<Unicode.Scalar>) -> Reading? {
        guard bank.key == .bank else { return nil }
        let s = Array(line)
        var i = bank.span.upperBound
        while i < s.count, s[i] == " " { i += 1 }
        var end = i
        while end < s.count, s[end].isASCIIDigit || s[end] == " " || s[end] == "-" { end += 1 }
        while end > i, s[end - 1] == " " { end -= 1 }
        let number = String(scalars: s[i..<end])
        guard number.unicodeScalars.filter(\.isASCIIDigit).count >= 8 else { return nil }
        return Reading(key: .accountNumber, value: FieldScanner.normalizedValue(number), span: i..<end)
    }

    /// Whether a value names a bank: every bank name holds 行 (银行, 支行, 工行) or 社 (信用社).
    static func namesBank(_ value: String) -> Bool {
        value.includes("行") || value.includes("社") || value.lowercased().includes("bank")
    }

    /// The readings of a row's later tab-separated cells (`联系人：吴世杰⇥电子邮箱：wu@x.com`: the
    /// e-mail; the first cell is `keyValue(scalars:)`'s), and of a key cell followed by its value
    /// cell with no colon (`银行账号⇥150645726`, a signature table). A colon-less pair counts only
    /// for keys whose value has a shape of its own — an account or bank number, a phone, fax or
    /// postcode, a credit code, an e-mail — and only when the value cell has it: a header row
    /// (`名称⇥数量⇥单价`, `电话⇥电子邮件`) is no reading. Spans are relative to the line.
    static func cellReadings(scalars line: ArraySlice<Unicode.Scalar>, after first: PartyKey? = nil) -> [Reading] {
        guard line.contains("\t") else { return [] }
        let s = Array(line)
        var cells: [Range<Int>] = []
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == "\t" {
            var from = start
            while from < i, s[from].isSpace { from += 1 }
            var to = i
            while to > from, s[to - 1].isSpace { to -= 1 }
            cells.append(from..<to)
            start = i + 1
        }
        var out: [Reading] = []
        var seen: Set<PartyKey> = first.map { [$0] } ?? []
        for (c, cell) in cells.enumerated() where !cell.isEmpty {
            var found: Reading?
            if c > 0, let reading = keyValue(s, from: cell.lowerBound) {
                found = reading
            } else if c + 1 < cells.count, let key = exactKey(s[cell]), shapedKeys.contains(key) {
                let next = cells[c + 1]
                let value = String(scalars: s[next])
                if !next.isEmpty, hasShape(value, of: key) { found = Reading(key: key, value: FieldScanner.normalizedValue(value), span: next) }
            }
            guard let found else { continue }
            // `账号：111⇥账号：222`: a key read again is the next column's party, not this one's.
            guard seen.insert(found.key).inserted else { break }
            out.append(found)
        }
        return out
    }

    /// The key a cell is, when the whole cell is one of the lexicon's keys.
    private static func exactKey(_ cell: ArraySlice<Unicode.Scalar>) -> PartyKey? {
        guard let first = cell.first, let candidates = keysByInitial[first] else { return nil }
        return candidates.first { $0.0.count == cell.count && $0.0.elementsEqual(cell) }?.1
    }

    private static let shapedKeys: Set<PartyKey> = [.accountNumber, .bankCode, .phone, .fax, .postalCode, .creditCode, .email]

    /// `150645726`, `0351-1234567`, `91140105MA0LLW8Q1D`, `wu@x.com`: ASCII letters, digits and
    /// `-+@._` only, with at least five digits (an e-mail: one `@`).
    private static func hasShape(_ value: String, of key: PartyKey) -> Bool {
        let scalars = value.unicodeScalars
        guard scalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0.isASCIIDigit || "-+@._ ".unicodeScalars.contains($0)) }) else { return false }
        if key == .email { return scalars.filter { $0 == "@" }.count == 1 }
        return scalars.filter(\.isASCIIDigit).count >= 5
    }

    /// A line whose tab-separated cells hold two party entries (`业主(简称甲方):___⇥租户(简称乙方)：___`)
    /// is read cell by cell; any other line is one entry. Offsets are cell starts in the line.
    static func partyCells(_ line: Substring) -> [(cell: String, offset: Int)] {
        guard line.unicodeScalars.contains("\t") else { return [(String(line), 0)] }
        let s = Array(line.unicodeScalars)
        var cells: [(String, Int)] = []
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == "\t" {
            cells.append((String(scalars: s[start..<i]), start))
            start = i + 1
        }
        return cells.filter { Lexicon.shared.isPartyLine(Substring($0.0.trimmedWhitespace)) }.count >= 2 ? cells : [(String(line), 0)]
    }

    /// Every party entry of a parsed line, whose `isPartyLine` was asked once when it was parsed.
    static func partyEntries(of line: ParsedLine) -> [PartyEntry] {
        if !line.isPartyLine, !line.scalars.contains("\t") { return [] }
        return partyEntries(line.text)
    }

    /// Every party entry of a line, spans relative to the line.
    static func partyEntries(_ line: Substring) -> [PartyEntry] {
        // Most lines name no party: ask the line itself before making strings of it (a line of
        // the normalized text has no whitespace at either end, so it is its one trimmed cell).
        if !line.unicodeScalars.contains("\t"), !Lexicon.shared.isPartyLine(line) { return [] }
        return partyCells(line).compactMap { cell, offset in
            let lead = cell.unicodeScalars.prefix { $0.isSpace }.count
            return partyLine(cell.trimmedWhitespace).map { entry in
                PartyEntry(role: entry.role, canonical: entry.canonical, name: entry.name,
                           span: entry.span.map { ($0.lowerBound + offset + lead)..<($0.upperBound + offset + lead) })
            }
        }
    }

    /// `甲方：X`, `出租方（甲方）：X`, `甲（供）方：X`, `乙方（盖章）：X` → (role as written, 甲方/乙方… key, value).
    static func partyLine(_ t: String) -> PartyEntry? {
        guard Lexicon.shared.isPartyLine(Substring(t)) else { return nil }
        let head: String.Index, valueAt: String.Index
        if let colon = t.firstIndex(where: { $0 == "：" || $0 == ":" }) {
            (head, valueAt) = (colon, t.index(after: colon))
        } else if let bracket = t.firstIndex(of: "【") {
            (head, valueAt) = (bracket, bracket)  // `甲方【X】（以下简称“甲方”）`: the colon was lost
        } else {
            // A signature entry without its colon (`乙方签字`, `甲方（盖章）`): the party, no name.
            let (role, canonical) = Lexicon.shared.role(ofHead: t)
            return PartyEntry(role: role, canonical: canonical, name: nil, span: nil)
        }
        let (role, canonical) = Lexicon.shared.role(ofHead: String(t[..<head]))
        var resolved = canonical
        // `出租方：(甲方)`: the value names the role this party is called by.
        let value = String(t[valueAt...])
        let cell = String(value.prefix { $0 != "\t" }).trimmedWhitespace
        if let alias = Lexicon.shared.letterRoles.first(where: { ["（\($0)）", "(\($0))"].contains(cell) }) { resolved = alias }
        let name = clean(value, name: true)
        let s = Array(t.unicodeScalars)
        let valueStart = t[..<valueAt].unicodeScalars.count
        return PartyEntry(role: role, canonical: resolved, name: name, span: name.map { ValueSpan.locate($0, in: s, from: valueStart) })
    }

    /// `甲方账户信息：`, `乙方结算账户信息如下：`, `(1) 如致甲方：`, `甲方开票信息：`.
    static func blockRole(_ t: String) -> String? {
        guard let last = t.unicodeScalars.last, last == "：" || last == ":", t.count <= 24,
              Lexicon.shared.blockWords.contains(where: t.includes) else { return nil }
        // `乙方应将联系方式通知甲方：`: the role the line names first.
        return Lexicon.shared.letterRoles.prefix(3).compactMap { role in t.scalarRange(of: role).map { (role, $0.lowerBound) } }
            .min { $0.1 < $1.1 }?.0
    }

    /// The first scalars of the cuts `clean` makes.
    private static let cutInitials: ScalarSet = ["（", "(", "，", ",", "\t"]

    /// Brackets, `（以下简称“甲方”）`, seals and tabs go; `/`, `／` and blanks are no value.
    static func clean(_ raw: String, name: Bool) -> String? {
        var v = raw
        if raw.unicodeScalars.contains(where: { $0 == "【" || $0 == "】" }) {
            v = String(scalars: raw.unicodeScalars.filter { $0 != "【" && $0 != "】" })
        }
        // `供方：	LIVE_SDHY	合同编号：…`: the value is the first non-empty cell.
        if v.includes("\t") {
            v = v.split(separator: "\t").lazy.map { String($0).trimmedWhitespace }.first { !$0.isEmpty && !$0.includes("：") } ?? ""
        }
        // `蛟河市人民法院 乙方（盖章）：…`: a second party's entry on the same line; also with no
        // space before it (`蛟河市人民法院乙方（盖章）：…`, as OCR reads it) unless it is only a
        // bracketed name.
        // (Tested on slices of the value itself: a string per space was a tenth of parse and map.)
        // Walked as an array of scalars (a string's scalar view decodes at every step); a string
        // is made of the rest only where a role's first scalar stands.
        let scalars = Array(v.unicodeScalars)
        let lexicon = Lexicon.shared
        for k in scalars.indices.dropFirst() {
            let (previous, c) = (scalars[k - 1], scalars[k])
            guard c == " " || lexicon.roleInitials.contains(c) else { continue }
            let rest = Substring(String(scalars: scalars[k...]))
            if previous == " " ? lexicon.isPartyLine(rest) : previous.isWideCJK && lexicon.isEntryAfterName(rest) {
                v = String(scalars: scalars[..<k])
                break
            }
        }
        // Every cut starts with one of these: a value without any is not searched nine times.
        if v.unicodeScalars.contains(where: { cutInitials.contains($0) }) {
            for cut in ["（以下简称", "(以下简称", "，以下简称", ",以下简称", "（简称", "(简称", "（盖章）", "(盖章)", "\t"] {
                if let r = v.scalarRange(of: cut) { v = String(v[..<r.lowerBound]) }
            }
        }
        v = v.trimmedWhitespace
        // `_四川莞蓉科技有限公司`: the line a value was written on, which OCR reads as `_` before it
        // (zhaoxin-license-scan).
        // `甲方：______有限公司` is a template's blank, not the name 有限公司: only one goes.
        if let f = v.first, f == "_" || f == "＿", let next = v.dropFirst().first, next != "_", next != "＿", !next.isWhitespace {
            v.removeFirst()
        }
        while let f = v.first, f == "：" || f == ":" { v.removeFirst() }
        // A fax's specks read as punctuation at either end of a value (PP-OCR on the fax copy of
        // seed-001: `.18843287345`, `…吉林省分公司:`): no value starts with a point or a comma,
        // and none ends with a colon.
        while let f = v.first, [".", "·", "，", ",", "、"].contains(f), v.dropFirst().first.map({ !$0.isWhitespace }) == true { v.removeFirst() }
        while let l = v.last, l == "：" || l == ":" { v.removeLast() }
        v = beforeEmbeddedKey(v)
        // `年月 日年 月日`: a blank date form is no value.
        if v.unicodeScalars.allSatisfy({ "年月日 ＿_".unicodeScalars.contains($0) }) { return nil }
        // `账户名称：；开户银行：；`: punctuation alone is no value.
        if v.unicodeScalars.allSatisfy({ [.connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation].contains($0.properties.generalCategory) || $0 == " " }) { return nil }
        // `{{甲方联系电话}}`: a template's placeholder is no value.
        // `传真：无`: "none" is no value.
        guard !v.isEmpty, v != "/", v != "／", v != "无", v != "暂无", !TemplatePlaceholder.contains(v), !v.allSatisfy({ $0 == "_" || $0 == "＿" || $0 == "/" || $0 == " " }) else { return nil }
        // `出租方：(甲方)`, `甲方：(签字盖章)`: only a parenthetical, no value.
        if let f = v.first, let l = v.last, f == "(" || f == "（", l == ")" || l == "）",
           !v.dropFirst().dropLast().contains(where: { $0 == "(" || $0 == "（" }) { return nil }
        return name ? v : FieldScanner.normalizedValue(v)
    }

    /// An e-mail address whose domain points OCR read as other punctuation (PP-OCR on the fax
    /// copy of seed-001: `18843200630@139:com`): a domain holds no colon, comma or full stop, so
    /// such a mark between two letters or digits after the one `@` is the point. Anything that is
    /// not otherwise an address (`见附件`, two `@`, a non-ASCII local part) is left as written.
    static func emailDomainPoints(_ value: String) -> String {
        let s = Array(value.unicodeScalars)
        guard let at = s.firstIndex(of: "@"), at > 0, s.lastIndex(of: "@") == at,
              s[..<at].allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit || "._%+-".unicodeScalars.contains($0) }) else { return value }
        var out = s
        for i in (at + 2)..<max(at + 2, s.count - 1) where emailMisreadPoints.contains(s[i]) {
            let (before, after) = (s[i - 1], s[i + 1])
            if (before.isASCIILetter || before.isASCIIDigit) && (after.isASCIILetter || after.isASCIIDigit) { out[i] = "." }
        }
        guard out[(at + 1)...].allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit || $0 == "." || $0 == "-" }) else { return value }
        return String(scalars: out[...])
    }

    /// An address with a fax's speck read as a point or colon between a house number and the
    /// word beside it (PP-OCR on the fax copy of seed-001: `北京路55.号`, `吉林大街:153号`): in an
    /// address such a mark between a digit and a Chinese character is no part of it. Between two
    /// digits (`3.1号`) or two characters it stays.
    static func addressSpecks(_ value: String) -> String {
        let s = Array(value.unicodeScalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        for i in s.indices {
            if i > 0, i + 1 < s.count, addressSpeckMarks.contains(s[i]),
               (s[i - 1].isASCIIDigit && s[i + 1].isHan) || (s[i - 1].isHan && s[i + 1].isASCIIDigit) { continue }
            out.append(s[i])
        }
        return out.count == s.count ? value : String(scalars: out[...])
    }

    private static let addressSpeckMarks: ScalarSet = [".", ":", "：", "·"]

    private static let emailMisreadPoints: ScalarSet = [":", "：", ",", "，", "。", "．", "·", "、"]

    /// `香河永盛房地产经纪有限公司经办人:____`: two cells the PDF set without a gap; the value
    /// ends where a known `key：` begins.
    static func beforeEmbeddedKey(_ v: String) -> String {
        let s = Array(v.unicodeScalars)
        // Only a colon can end a key: look back from each colon (colons are rare, keys many).
        var cut: Int?
        for c in s.indices where s[c] == "：" || s[c] == ":" {
            for (w, _) in keyScalars where c - w.count > 0 && s[(c - w.count)..<c].elementsEqual(w) {
                cut = min(cut ?? c - w.count, c - w.count)
            }
            if cut != nil { break }
        }
        guard let cut else { return v }
        return String(scalars: s[..<cut]).trimmedWhitespace
    }

    private static let keyScalars: [([Unicode.Scalar], PartyKey)] = keys.map { (Array($0.0.unicodeScalars), $0.1) }
    /// Keys by their first scalar, longest first within each (the lexicon's order otherwise).
    private static let keysByInitial: [Unicode.Scalar: [([Unicode.Scalar], PartyKey)]] =
        Dictionary(grouping: keyScalars, by: { $0.0[0] })
}

/// Where a cleaned value sits in its line: the first place from `from` where the value's
/// characters follow each other, allowing spaces and fill-in brackets between them and
/// full-width forms for ASCII (values are NFKC-folded). When the value cannot be found so (a
/// rare compatibility form), the rest of the line from `from` — it still holds the value.
enum ValueSpan {
    static func locate(_ value: String, in s: [Unicode.Scalar], from: Int) -> Range<Int> {
        let want = value.unicodeScalars.filter { !$0.isSpace }.map(fold)
        guard let first = want.first else { return from..<s.count }
        var start = from
        while start < s.count {
            if fold(s[start]) == first {
                var i = start + 1, k = 1
                while k < want.count, i < s.count {
                    let c = s[i]
                    if c.isSpace || c == "【" || c == "】" { i += 1; continue }
                    guard fold(c) == want[k] else { break }
                    k += 1
                    i += 1
                }
                if k == want.count { return start..<i }
            }
            start += 1
        }
        return min(from, s.count)..<s.count
    }

    private static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        (0xFF01...0xFF5E).contains(c.value) ? Unicode.Scalar(c.value - 0xFEE0)! : c
    }
}
