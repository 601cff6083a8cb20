/// A length of time a clause states (a warranty, a delivery period, how long confidentiality
/// lasts), as written and, where the wording is a plain count, in months (月, 年 × 12) or in days
/// (日, 天). `text` is always the document's words; `months` and `days` are null when the period
/// is not a count (`永久`, `至该信息公开之日`, a fixed date).
public struct Period: Codable, Sendable, Equatable {
    public var text: String
    @NullEncoded public var months: Int?
    @NullEncoded public var days: Int?
    @NullEncoded public var location: Location?

    public init(text: String, months: Int? = nil, days: Int? = nil, location: Location?) {
        self.text = text
        self.months = months
        self.days = days
        self.location = location
    }
}

/// One instalment of the payment schedule (首付款, 进度款, 尾款, 质保金 …): an amount, a share of
/// the total, or both, and what makes it due — an event (`trigger`, as written) or a calendar
/// date (ISO). `text` is the sentence it was read from.
public struct Payment: Codable, Sendable, Equatable {
    @NullEncoded public var amount: Amount?
    /// The share of the total, digits only (`30` for 30%), as a decimal string.
    @NullEncoded public var percent: String?
    @NullEncoded public var trigger: String?
    @NullEncoded public var date: String?
    public var text: String
    @NullEncoded public var location: Location?

    public init(amount: Amount? = nil, percent: String? = nil, trigger: String? = nil, date: String? = nil,
                text: String, location: Location?) {
        self.amount = amount
        self.percent = percent
        self.trigger = trigger
        self.date = date
        self.text = text
        self.location = location
    }
}

/// A stated penalty (违约金, 滞纳金): who pays it when the sentence says, a rate (`0.05%`, with
/// `per` `day`/`month` when it accrues) or a fixed amount, the base the rate applies to
/// (`合同总价款`, `逾期付款部分`), and a cap (`合同总价款的10%`) when one is set.
public struct Penalty: Codable, Sendable, Equatable {
    public enum Accrual: String, Codable, Sendable { case day, month }

    @NullEncoded public var payer: String?
    @NullEncoded public var rate: String?
    @NullEncoded public var per: Accrual?
    @NullEncoded public var amount: Amount?
    @NullEncoded public var base: String?
    @NullEncoded public var cap: String?
    public var text: String
    @NullEncoded public var location: Location?

    public init(payer: String? = nil, rate: String? = nil, per: Accrual? = nil, amount: Amount? = nil, base: String? = nil,
                cap: String? = nil, text: String, location: Location?) {
        self.payer = payer
        self.rate = rate
        self.per = per
        self.amount = amount
        self.base = base
        self.cap = cap
        self.text = text
        self.location = location
    }
}

/// A right to terminate or to renew that the contract grants (`permitted` true: `甲方有权解除本合同`)
/// or denies (`permitted` false: `任何一方不得单方解除`, `期满后不再续签`), and the party it concerns
/// as written (`甲方`, `任何一方`, `双方`), null when the sentence names none.
public struct Condition: Codable, Sendable, Equatable {
    @NullEncoded public var party: String?
    public var permitted: Bool
    public var text: String
    @NullEncoded public var location: Location?

    public init(party: String?, permitted: Bool, text: String, location: Location?) {
        self.party = party
        self.permitted = permitted
        self.text = text
        self.location = location
    }
}
