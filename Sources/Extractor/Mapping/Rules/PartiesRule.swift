import Schema

/// `parties`: every party line (`甲方：…`, `出租方（甲方）：…`, `甲（供）方：…`) and the `key：value`
/// lines under it (法定代表人, 联系人, 地址, 电话, 传真, 邮箱, 邮政编码, 统一社会信用代码 / 纳税人识别号,
/// 开户行, 账号, 户名, 行号), plus blocks that name a party without a name line (`甲方账户信息：`,
/// `(1) 如致甲方：`, `甲方开票信息：`). What is said of one role in several places is merged;
/// the first statement wins and a different name or credit code elsewhere is `party-conflict`.
/// `/`, blanks and `____` are null.
enum PartiesRule: MappingRule {
    enum Key { case name, legalRepresentative, contact, address, phone, fax, email, postalCode, creditCode, accountName, accountNumber, bank, bankCode }

    static let keys: [(String, Key)] = [
        ("法定代表人/负责人", .legalRepresentative), ("法定代表/负责人", .legalRepresentative), ("法定代表人", .legalRepresentative),
        ("负责人", .legalRepresentative), ("法人或代理人", .legalRepresentative), ("法人代表", .legalRepresentative),
        ("联系人", .contact), ("项目联系人", .contact), ("经办人", .contact),
        ("单位地址", .address), ("通讯地址", .address), ("联系地址", .address), ("住所地", .address), ("住所", .address), ("地址", .address),
        ("联系电话", .phone), ("联系方式", .phone), ("电话", .phone), ("手机", .phone), ("传真", .fax),
        ("电子邮箱", .email), ("电子信箱", .email), ("邮箱", .email), ("邮政编码", .postalCode), ("邮编", .postalCode),
        ("统一社会信用代码", .creditCode), ("纳税人识别号", .creditCode),
        ("账户名称", .accountName), ("户名", .accountName), ("账户号码", .accountNumber), ("银行账号", .accountNumber),
        ("账号", .accountNumber), ("帐号", .accountNumber), ("开户银行", .bank), ("开户行", .bank), ("行号", .bankCode), ("名称", .name),
    ]

    static func apply(to contract: inout Contract, from text: ContractText) -> [Diagnostic] {
        var order: [String] = []
        var parties: [String: Party] = [:]
        var diagnostics: [Diagnostic] = []
        var current: String?
        let continued = SignatureContinuation.roles(in: text)
        for line in text.allLines {
            let t = String(line.text).trimmedWhitespace
            let entries = partyCells(t).compactMap(partyLine)
            if !entries.isEmpty {
                for (role, canonical, value) in entries {
                    current = canonical
                    if parties[canonical] == nil {
                        order.append(canonical)
                        parties[canonical] = Party(role: role, location: text.location(line.range))
                    }
                    if let value { set(.name, value, for: canonical, in: &parties, diagnostics: &diagnostics, at: text.location(line.range)) }
                }
                continue
            }
            if let role = continued[line.index], let (key, value) = keyValue(t) {
                set(key, value, for: role, in: &parties, diagnostics: &diagnostics, at: text.location(line.range))
                continue
            }
            if let context = blockRole(t) { current = context; if parties[context] == nil { order.append(context); parties[context] = Party(role: context, location: text.location(line.range)) }; continue }
            if line.label != nil, !(t.includes("如致")) { if line.label?.style == .article || line.label?.style == .hanComma { current = nil } }
            guard let role = current, let (key, value) = keyValue(t) else { continue }
            set(key, value, for: role, in: &parties, diagnostics: &diagnostics, at: text.location(line.range))
        }
        let named = Set(text.allLines.flatMap { partyCells(String($0.text).trimmedWhitespace).compactMap { partyLine($0)?.1 } })
        var seen = Set<String>()
        diagnostics = diagnostics.filter { seen.insert($0.message).inserted }
        // A role with a party line is a party even when the template leaves it blank; a role only
        // mentioned by a block (`如致甲方：`) needs some detail to count.
        contract.parties = order.filter { named.contains($0) || parties[$0].map(hasDetail) == true }.compactMap { parties[$0] }
        return diagnostics
    }

    static func hasDetail(_ p: Party) -> Bool {
        p.name != nil || p.legalRepresentative != nil || p.address != nil || p.phone != nil || !p.bankAccounts.isEmpty
    }

    /// A line whose tab-separated cells hold two party entries (`业主(简称甲方):___⇥租户(简称乙方)：___`)
    /// is read cell by cell; any other line is one entry.
    static func partyCells(_ t: String) -> [String] {
        guard t.includes("\t") else { return [t] }
        let cells = t.split(separator: "\t").map { String($0).trimmedWhitespace }
        return cells.filter { LineKind.isPartyLine(Substring($0)) }.count >= 2 ? cells : [t]
    }

    /// `甲方：X`, `出租方（甲方）：X`, `甲（供）方：X`, `乙方（盖章）：X` → (role as written, 甲方/乙方… key, value).
    static func partyLine(_ t: String) -> (String, String, String?)? {
        guard LineKind.isPartyLine(Substring(t)), let colon = t.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let head = String(t[..<colon])
        var role = head
        for seal in ["（盖章）", "(盖章)", "（公章）", "(公章)", "（签章）", "(签章)", "（签字）", "(签字)", "（签名）"] { role = role.replacingAll(seal, with: "") }
        role = role.trimmedWhitespace
        if let word = LineKind.signatureWords.first(where: { role.hasSuffix($0) }) { role = String(role.dropLast(word.count)) }
        var canonical = role
        for key in ["甲方", "乙方", "丙方", "丁方"] where role.includes(key) || role.includes(String(key.first!) + "（") { canonical = key }
        if role.hasPrefix("甲（") || role.hasPrefix("甲(") { canonical = "甲方" } else if role.hasPrefix("乙（") || role.hasPrefix("乙(") { canonical = "乙方" }
        // `出租方（甲方）` → 出租方, `甲方（委托人）` → 甲方; `甲（供）方` is kept as written.
        if let paren = role.firstIndex(where: { $0 == "（" || $0 == "(" }), LineKind.roles.contains(String(role[..<paren])) {
            role = String(role[..<paren])
        }
        // `出租方：(甲方)`: the value names the role this party is called by.
        let value = String(t[t.index(after: colon)...])
        let cell = String(value.prefix { $0 != "\t" }).trimmedWhitespace
        if let alias = ["甲方", "乙方", "丙方", "丁方"].first(where: { ["（\($0)）", "(\($0))"].contains(cell) }) { canonical = alias }
        return (role, canonical, clean(value, name: true))
    }

    /// `甲方账户信息：`, `乙方结算账户信息如下：`, `(1) 如致甲方：`, `甲方开票信息：`.
    static func blockRole(_ t: String) -> String? {
        guard t.hasSuffix("：") || t.hasSuffix(":"), t.count <= 24,
              ["账户", "开票", "如致", "致", "收件"].contains(where: t.includes) else { return nil }
        return ["甲方", "乙方", "丙方"].first(where: t.includes)
    }

    static func keyValue(_ t: String) -> (Key, String)? {
        var rest = Substring(t)
        if let label = NumberingLabel.scan(t) { rest = rest.dropFirst(label.length) }
        for (word, key) in keys where rest.hasPrefix(word) {
            let after = rest.dropFirst(word.count).drop { $0 == " " || $0 == "【" }
            guard let c = after.first, c == "：" || c == ":" else { continue }
            guard let value = clean(String(after.dropFirst()), name: key == .name || key == .address || key == .bank || key == .accountName) else { return nil }
            return (key, value)
        }
        return nil
    }

    /// Brackets, `（以下简称“甲方”）`, seals and tabs go; `/`, `／` and blanks are no value.
    static func clean(_ raw: String, name: Bool) -> String? {
        var v = raw.replacingAll("【", with: "").replacingAll("】", with: "")
        // `供方：	LIVE_SDHY	合同编号：…`: the value is the first non-empty cell.
        if v.includes("\t") {
            v = v.split(separator: "\t").map { String($0).trimmedWhitespace }.first { !$0.isEmpty && !$0.includes("：") } ?? ""
        }
        // `蛟河市人民法院 乙方（盖章）：…`: a second party's entry on the same line.
        let scalars = Array(v.unicodeScalars)
        if let cut = scalars.indices.first(where: { i in
            i > 0 && scalars[i - 1] == " " && LineKind.isPartyLine(Substring(String(scalars: scalars[i...])))
        }) {
            v = String(scalars: scalars[..<cut])
        }
        for cut in ["（以下简称", "(以下简称", "，以下简称", ",以下简称", "（简称", "(简称", "（盖章）", "(盖章)", "\t"] {
            if let r = v.range(of: cut) { v = String(v[..<r.lowerBound]) }
        }
        v = v.trimmedWhitespace
        while let f = v.first, f == "：" || f == ":" { v.removeFirst() }
        v = beforeEmbeddedKey(v)
        // `年月 日年 月日`: a blank date form is no value.
        if v.unicodeScalars.allSatisfy({ "年月日 ＿_".unicodeScalars.contains($0) }) { return nil }
        // `账户名称：；开户银行：；`: punctuation alone is no value.
        if v.unicodeScalars.allSatisfy({ [.connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation].contains($0.properties.generalCategory) || $0 == " " }) { return nil }
        // `{{甲方联系电话}}`: a template's placeholder is no value.
        guard !v.isEmpty, v != "/", v != "／", !TemplatePlaceholder.contains(v), !v.allSatisfy({ $0 == "_" || $0 == "＿" || $0 == "/" || $0 == " " }) else { return nil }
        // `出租方：(甲方)`, `甲方：(签字盖章)`: only a parenthetical, no value.
        if let f = v.first, let l = v.last, f == "(" || f == "（", l == ")" || l == "）",
           !v.dropFirst().dropLast().contains(where: { $0 == "(" || $0 == "（" }) { return nil }
        return name ? v : FieldScanner.normalizedValue(v)
    }

    /// `香河永盛房地产经纪有限公司经办人:____`: two cells the PDF set without a gap; the value
    /// ends where a known `key：` begins.
    static func beforeEmbeddedKey(_ v: String) -> String {
        let s = Array(v.unicodeScalars)
        // Only a colon can end a key: look back from each colon (colons are rare, keys many).
        var cut: Int?
        for c in s.indices where s[c] == "：" || s[c] == ":" {
            for w in keyScalars where c - w.count > 0 && s[(c - w.count)..<c].elementsEqual(w) {
                cut = min(cut ?? c - w.count, c - w.count)
            }
            if cut != nil { break }
        }
        guard let cut else { return v }
        return String(scalars: s[..<cut]).trimmedWhitespace
    }

    private static let keyScalars: [[Unicode.Scalar]] = keys.map { Array($0.0.unicodeScalars) }

    private static func set(_ key: Key, _ value: String, for role: String, in parties: inout [String: Party],
                            diagnostics: inout [Diagnostic], at location: Location) {
        guard var p = parties[role] else { return }
        func put(_ path: WritableKeyPath<Party, String?>, conflicts: Bool) {
            if let old = p[keyPath: path] {
                if conflicts, old != value {
                    diagnostics.append(Diagnostic(severity: .warning, code: "party-conflict",
                        message: "\(role) is “\(old)” in one place and “\(value)” in another.", location: location))
                }
            } else {
                p[keyPath: path] = value
            }
        }
        func account(_ path: WritableKeyPath<BankAccount, String?>) {
            if p.bankAccounts.isEmpty || p.bankAccounts[p.bankAccounts.count - 1][keyPath: path] != nil { p.bankAccounts.append(BankAccount()) }
            p.bankAccounts[p.bankAccounts.count - 1][keyPath: path] = value
        }
        switch key {
        case .name: put(\.name, conflicts: true)
        case .legalRepresentative: put(\.legalRepresentative, conflicts: false)
        case .contact: put(\.contact, conflicts: false)
        case .address: put(\.address, conflicts: false)
        case .phone: put(\.phone, conflicts: false)
        case .fax: put(\.fax, conflicts: false)
        case .email: put(\.email, conflicts: false)
        case .postalCode: put(\.postalCode, conflicts: false)
        case .creditCode: put(\.creditCode, conflicts: true)
        case .accountName: account(\.accountName)
        case .accountNumber: account(\.accountNumber)
        case .bank: account(\.bank)
        case .bankCode: account(\.bankCode)
        }
        parties[role] = p
    }
}
