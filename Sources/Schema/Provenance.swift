/// Where each single value of an agreement was read: `provenance.title` is the span of `title`,
/// `provenance.parties[i].phone` the span of `parties[i].phone`, and so on. A location is null
/// exactly when its value is null — except `contractNumber` read from page furniture (a running
/// header is not part of the normalized text). Amounts, articles, fields, attachments and
/// tables carry their own `location`.
public struct Provenance: Codable, Sendable, Equatable {
    @NullEncoded public var title: Location?
    @NullEncoded public var contractNumber: Location?
    /// The date on the signing line that gave `dates.signed`.
    @NullEncoded public var signed: Location?
    /// The date, or the 之日起生效 sentence, that gave `dates.effective`.
    @NullEncoded public var effective: Location?
    /// The term span whose end gave `dates.expires`.
    @NullEncoded public var expires: Location?
    /// The term as written (`term.text`; `term.months` is read from it).
    @NullEncoded public var term: Location?
    /// The 自动续期 sentence (`term.autoRenewal`, `term.renewalMonths`).
    @NullEncoded public var renewal: Location?
    /// The sentence or chosen option that gave `disputeResolution.method`.
    @NullEncoded public var disputeMethod: Location?
    /// The venue as written (`disputeResolution.venue`).
    @NullEncoded public var disputeVenue: Location?
    /// The 一式N份 sentence (`copies.total`, `copies.perParty`).
    @NullEncoded public var copies: Location?
    /// The place as written (`placeOfSigning`; schema version 4).
    @NullEncoded public var placeOfSigning: Location?
    /// The law as written (`governingLaw`).
    @NullEncoded public var governingLaw: Location?
    /// One entry per party, in the order of `parties`.
    public var parties: [PartyProvenance]

    public init(title: Location? = nil, contractNumber: Location? = nil, signed: Location? = nil, effective: Location? = nil,
                expires: Location? = nil, term: Location? = nil, renewal: Location? = nil, disputeMethod: Location? = nil,
                disputeVenue: Location? = nil, copies: Location? = nil, placeOfSigning: Location? = nil,
                governingLaw: Location? = nil, parties: [PartyProvenance] = []) {
        self.title = title
        self.contractNumber = contractNumber
        self.signed = signed
        self.effective = effective
        self.expires = expires
        self.term = term
        self.renewal = renewal
        self.disputeMethod = disputeMethod
        self.disputeVenue = disputeVenue
        self.copies = copies
        self.placeOfSigning = placeOfSigning
        self.governingLaw = governingLaw
        self.parties = parties
    }
}

/// Where each attribute of one party was read (its own `key：value`, not the party's header line).
public struct PartyProvenance: Codable, Sendable, Equatable {
    @NullEncoded public var name: Location?
    @NullEncoded public var legalRepresentative: Location?
    @NullEncoded public var contact: Location?
    @NullEncoded public var address: Location?
    @NullEncoded public var phone: Location?
    @NullEncoded public var fax: Location?
    @NullEncoded public var email: Location?
    @NullEncoded public var postalCode: Location?
    @NullEncoded public var creditCode: Location?
    /// One entry per bank account, in the order of the party's `bankAccounts`.
    public var bankAccounts: [BankAccountProvenance]

    public init(name: Location? = nil, legalRepresentative: Location? = nil, contact: Location? = nil, address: Location? = nil,
                phone: Location? = nil, fax: Location? = nil, email: Location? = nil, postalCode: Location? = nil,
                creditCode: Location? = nil, bankAccounts: [BankAccountProvenance] = []) {
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
    }
}

/// Where each field of one bank account was read.
public struct BankAccountProvenance: Codable, Sendable, Equatable {
    @NullEncoded public var accountName: Location?
    @NullEncoded public var accountNumber: Location?
    @NullEncoded public var bank: Location?
    @NullEncoded public var bankCode: Location?

    public init(accountName: Location? = nil, accountNumber: Location? = nil, bank: Location? = nil, bankCode: Location? = nil) {
        self.accountName = accountName
        self.accountNumber = accountNumber
        self.bank = bank
        self.bankCode = bankCode
    }
}
