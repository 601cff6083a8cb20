/// What a `key：value` line states about a party: the party attribute or bank-account field
/// the key names. The words that name each one are in the lexicon (`Lexicon/LexiconData.swift`).
enum PartyKey: String, CaseIterable, Sendable {
    case name, legalRepresentative, contact, address, phone, fax, email, postalCode, creditCode
    case accountName, accountNumber, bank, bankCode
    /// Read so that a value before them ends there, not yet recorded: 委托代理人, 身份证号, 营业执照号.
    case agent, idNumber, registrationNumber

    /// Keys whose value is prose (a name, an address, a bank): kept as written, not NFKC-folded.
    var isProse: Bool { [.name, .address, .bank, .accountName].contains(self) }
    /// Keys whose value fills a bank account rather than the party itself.
    var isAccount: Bool { [.accountName, .accountNumber, .bank, .bankCode].contains(self) }
}
