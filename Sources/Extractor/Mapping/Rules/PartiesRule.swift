import Schema

/// `parties` (merge phase): folds what the analysis read of each party — party lines (`甲方：…`,
/// `出租方（甲方）：…`, `甲（供）方：…`), the `key：value` lines under them (法定代表人, 联系人, 地址,
/// 电话, 传真, 邮箱, 邮政编码, 统一社会信用代码 / 纳税人识别号, 开户行, 账号, 户名, 行号 — the
/// lexicon's keys), blocks that name a party without a name line (`甲方账户信息：`, `(1) 如致甲方：`,
/// `甲方开票信息：`) and signature-page continuations — into one `Party` per role. The first
/// statement wins; a different name or credit code elsewhere is `party-conflict`.
enum PartiesRule: MappingRule {
    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        let text = analysis.text
        var parties: [String: Party] = [:]
        var sources: [String: PartyProvenance] = [:]
        var diagnostics: [Diagnostic] = []
        for event in analysis.partyEvents {
            switch event {
            case .named(let entry, let line):
                if parties[entry.canonical] == nil {
                    parties[entry.canonical] = Party(role: entry.role, location: text.location(line.range))
                    sources[entry.canonical] = PartyProvenance()
                }
                if let name = entry.name {
                    let span = entry.span.map { (line.range.lowerBound + $0.lowerBound)..<(line.range.lowerBound + $0.upperBound) } ?? line.range
                    set(.name, name, for: entry.canonical, in: &parties, &sources, diagnostics: &diagnostics,
                        at: text.location(line.range), valueAt: text.location(span))
                }
            case .block(let role, let line):
                if parties[role] == nil {
                    parties[role] = Party(role: role, location: text.location(line.range))
                    sources[role] = PartyProvenance()
                }
            case .states(let role, let kv):
                set(kv.reading.key, kv.reading.value, for: role, in: &parties, &sources, diagnostics: &diagnostics,
                    at: text.location(kv.line.range), valueAt: text.location(kv.span))
            }
        }
        var seen = Set<String>()
        diagnostics = diagnostics.filter { seen.insert($0.message).inserted }
        contract.parties = analysis.partyKeys.compactMap { parties[$0] }
        contract.provenance?.parties = analysis.partyKeys.compactMap { parties[$0] == nil ? nil : sources[$0] ?? PartyProvenance() }
        return diagnostics
    }

    private static func set(_ key: PartyKey, _ value: String, for role: String, in parties: inout [String: Party],
                            _ sources: inout [String: PartyProvenance],
                            diagnostics: inout [Diagnostic], at location: Location, valueAt: Location) {
        guard var p = parties[role] else { return }
        var from = sources[role] ?? PartyProvenance()
        func put(_ path: WritableKeyPath<Party, String?>, conflicts: Bool) {
            let source: WritableKeyPath<PartyProvenance, Location?> = switch key {
            case .name: \.name
            case .legalRepresentative: \.legalRepresentative
            case .contact: \.contact
            case .address: \.address
            case .phone: \.phone
            case .fax: \.fax
            case .email: \.email
            case .postalCode: \.postalCode
            default: \.creditCode
            }
            if let old = p[keyPath: path] {
                if conflicts, old != value {
                    diagnostics.append(Diagnostic(severity: .warning, code: Code.conflict,
                        message: Message.conflict(role, old, value), location: location))
                }
            } else {
                p[keyPath: path] = value
                from[keyPath: source] = valueAt
            }
        }
        func account(_ path: WritableKeyPath<BankAccount, String?>, _ source: WritableKeyPath<BankAccountProvenance, Location?>) {
            if p.bankAccounts.isEmpty || p.bankAccounts[p.bankAccounts.count - 1][keyPath: path] != nil {
                p.bankAccounts.append(BankAccount())
                from.bankAccounts.append(BankAccountProvenance())
            }
            p.bankAccounts[p.bankAccounts.count - 1][keyPath: path] = value
            from.bankAccounts[from.bankAccounts.count - 1][keyPath: source] = valueAt
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
        case .accountName: account(\.accountName, \.accountName)
        case .accountNumber: account(\.accountNumber, \.accountNumber)
        case .bank: account(\.bank, \.bank)
        case .bankCode: account(\.bankCode, \.bankCode)
        case .agent, .idNumber, .registrationNumber: return
        }
        parties[role] = p
        sources[role] = from
    }

    enum Code {
        static let conflict = "party-conflict"
    }

    enum Message {
        static func conflict(_ role: String, _ old: String, _ new: String) -> String {
            "\(role) is “\(old)” in one place and “\(new)” in another."
        }
    }
}
