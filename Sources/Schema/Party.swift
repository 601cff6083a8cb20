/// One party, merged from every place the contract speaks of it (preamble, 第一条, payment and
/// notice articles, signature page). Unknown values are null; `/` and blanks count as unknown.
public struct Party: Codable, Sendable, Equatable {
    public var role: String
    @NullEncoded public var name: String?
    @NullEncoded public var legalRepresentative: String?
    @NullEncoded public var contact: String?
    @NullEncoded public var address: String?
    @NullEncoded public var phone: String?
    @NullEncoded public var fax: String?
    @NullEncoded public var email: String?
    @NullEncoded public var postalCode: String?
    @NullEncoded public var creditCode: String?
    public var bankAccounts: [BankAccount]
    @NullEncoded public var location: Location?

    public init(role: String, name: String? = nil, legalRepresentative: String? = nil,
                contact: String? = nil, address: String? = nil, phone: String? = nil,
                fax: String? = nil, email: String? = nil, postalCode: String? = nil,
                creditCode: String? = nil, bankAccounts: [BankAccount] = [], location: Location? = nil) {
        self.role = role
        self.name = name
        self.legalRepresentative = legalRepresentative
        self.contact = contact
        self.address = address
        self.phone = phone
        self.fax = fax
        self.email = email
        self.postalCode = postalCode
        self.creditCode = creditCode
        self.bankAccounts = bankAccounts
        self.location = location
    }
}

/// A bank account of a party; the account number has its spaces removed.
public struct BankAccount: Codable, Sendable, Equatable {
    @NullEncoded public var accountName: String?
    @NullEncoded public var accountNumber: String?
    @NullEncoded public var bank: String?
    @NullEncoded public var bankCode: String?

    public init(accountName: String? = nil, accountNumber: String? = nil, bank: String? = nil, bankCode: String? = nil) {
        self.accountName = accountName
        self.accountNumber = accountNumber
        self.bank = bank
        self.bankCode = bankCode
    }
}
