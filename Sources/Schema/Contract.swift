/// One agreement found in a file (a main contract, a second contract, a supplementary agreement).
/// Values the document does not state are null, lists are empty, never invented.
public struct Contract: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case contract, supplement }

    // Declaration order is the record's member order (docs/record.md): what a reader checks
    // first — title, number, parties, money, dates — then the clause tree and the fields.
    @NullEncoded public var title: String?
    public var kind: Kind
    @NullEncoded public var contractNumber: String?
    public var parties: [Party]
    @NullEncoded public var totalAmount: Amount?
    public var amounts: [Amount]
    public var dates: ContractDates
    public var term: Term
    public var disputeResolution: DisputeResolution
    public var copies: Copies
    /// Where the contract was signed (签订地点, `于北京市海淀区签订`), as written (schema version 4).
    @NullEncoded public var placeOfSigning: String?
    /// The law the contract says governs it (`适用中华人民共和国法律`), as written.
    @NullEncoded public var governingLaw: String?
    /// The payment schedule's instalments, in the order written.
    @EmptyIfMissing public var payments: [Payment]
    /// The penalties (违约金, 滞纳金) the contract states, in the order written.
    @EmptyIfMissing public var penalties: [Penalty]
    /// When a party may, or may not, terminate (解除) the contract.
    @EmptyIfMissing public var termination: [Condition]
    /// When a party may, or may not, renew (续签, 续租) it.
    @EmptyIfMissing public var renewal: [Condition]
    @NullEncoded public var warrantyPeriod: Period?
    @NullEncoded public var deliveryPeriod: Period?
    /// How long the duty of confidentiality lasts (保密期限).
    @NullEncoded public var confidentiality: Period?
    public var attachments: [Attachment]
    public var tables: [Table]
    public var articles: [Article]
    public var fields: [Field]
    /// Where each single value above was read (schema version 3; null only in a decoded
    /// version-2 record, which lacks it).
    @NullEncoded public var provenance: Provenance?
    @NullEncoded public var location: Location?

    public init(title: String? = nil, kind: Kind = .contract, contractNumber: String? = nil,
                parties: [Party] = [], articles: [Article] = [], fields: [Field] = [],
                amounts: [Amount] = [], totalAmount: Amount? = nil,
                dates: ContractDates = ContractDates(), term: Term = Term(),
                disputeResolution: DisputeResolution = DisputeResolution(),
                copies: Copies = Copies(), placeOfSigning: String? = nil, governingLaw: String? = nil,
                payments: [Payment] = [], penalties: [Penalty] = [], termination: [Condition] = [], renewal: [Condition] = [],
                warrantyPeriod: Period? = nil, deliveryPeriod: Period? = nil, confidentiality: Period? = nil,
                attachments: [Attachment] = [], tables: [Table] = [],
                provenance: Provenance? = Provenance(), location: Location? = nil) {
        self.title = title
        self.kind = kind
        self.contractNumber = contractNumber
        self.parties = parties
        self.articles = articles
        self.fields = fields
        self.amounts = amounts
        self.totalAmount = totalAmount
        self.dates = dates
        self.term = term
        self.disputeResolution = disputeResolution
        self.copies = copies
        self.placeOfSigning = placeOfSigning
        self.governingLaw = governingLaw
        self.payments = payments
        self.penalties = penalties
        self.termination = termination
        self.renewal = renewal
        self.warrantyPeriod = warrantyPeriod
        self.deliveryPeriod = deliveryPeriod
        self.confidentiality = confidentiality
        self.attachments = attachments
        self.tables = tables
        self.provenance = provenance
        self.location = location
    }
}

/// Dates as ISO `yyyy-MM-dd` strings, null when the contract does not state them.
public struct ContractDates: Codable, Sendable, Equatable {
    @NullEncoded public var signed: String?
    @NullEncoded public var effective: String?
    @NullEncoded public var expires: String?

    public init(signed: String? = nil, effective: String? = nil, expires: String? = nil) {
        self.signed = signed
        self.effective = effective
        self.expires = expires
    }
}

/// The contract's duration as written and in months, and whether it renews by itself.
public struct Term: Codable, Sendable, Equatable {
    @NullEncoded public var text: String?
    @NullEncoded public var months: Int?
    @NullEncoded public var autoRenewal: Bool?
    @NullEncoded public var renewalMonths: Int?

    public init(text: String? = nil, months: Int? = nil, autoRenewal: Bool? = nil, renewalMonths: Int? = nil) {
        self.text = text
        self.months = months
        self.autoRenewal = autoRenewal
        self.renewalMonths = renewalMonths
    }
}

/// How disputes are settled; where the contract offers options, the one chosen (null if none was).
public struct DisputeResolution: Codable, Sendable, Equatable {
    public enum Method: String, Codable, Sendable { case litigation, arbitration }

    @NullEncoded public var method: Method?
    @NullEncoded public var venue: String?

    public init(method: Method? = nil, venue: String? = nil) {
        self.method = method
        self.venue = venue
    }
}

/// How many originals exist and how many each party keeps (一式【肆】份，甲方执【贰】份).
public struct Copies: Codable, Sendable, Equatable {
    @NullEncoded public var total: Int?
    public var perParty: [String: Int]

    public init(total: Int? = nil, perParty: [String: Int] = [:]) {
        self.total = total
        self.perParty = perParty
    }
}

/// An attachment the contract lists (附件一 / 信息安全责任承诺书) and whether the file holds it.
public struct Attachment: Codable, Sendable, Equatable {
    public var label: String
    @NullEncoded public var title: String?
    public var present: Bool
    @NullEncoded public var location: Location?

    public init(label: String, title: String?, present: Bool, location: Location?) {
        self.label = label
        self.title = title
        self.present = present
        self.location = location
    }
}

/// A table as rows of trimmed cells; markdown separator rows are dropped.
public struct Table: Codable, Sendable, Equatable {
    public var rows: [[String]]
    @NullEncoded public var location: Location?

    public init(rows: [[String]], location: Location?) {
        self.rows = rows
        self.location = location
    }
}
