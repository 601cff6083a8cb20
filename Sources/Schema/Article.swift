/// A numbered article with its sub-items. `path` is unique within its contract; `text` is the
/// article's own text without its children's.
public struct Article: Codable, Sendable, Equatable {
    public var label: String
    public var number: Int
    public var path: String
    public var level: Int
    @NullEncoded public var heading: String?
    public var text: String
    public var children: [Article]
    @NullEncoded public var location: Location?

    public init(label: String, number: Int, path: String, level: Int, heading: String?,
                text: String, children: [Article] = [], location: Location?) {
        self.label = label
        self.number = number
        self.path = path
        self.level = level
        self.heading = heading
        self.text = text
        self.children = children
        self.location = location
    }
}

/// A fill-in field: a 【…】 bracket, a run of underscores, or a checkbox option.
public struct Field: Codable, Sendable, Equatable {
    public enum Style: String, Codable, Sendable { case bracket, underline, checkbox }

    @NullEncoded public var value: String?
    public var blank: Bool
    @NullEncoded public var label: String?
    @NullEncoded public var article: String?
    public var style: Style
    public var marker: Bool
    @NullEncoded public var checked: Bool?
    @NullEncoded public var location: Location?

    public init(value: String?, blank: Bool, label: String?, article: String?, style: Style = .bracket,
                marker: Bool = false, checked: Bool? = nil, location: Location?) {
        self.value = value
        self.blank = blank
        self.label = label
        self.article = article
        self.style = style
        self.marker = marker
        self.checked = checked
        self.location = location
    }
}

/// A money amount. `value` is a decimal string with two places (never a float); `consistent`
/// tells whether the 大写 form and the figures agree (null when only one is stated).
public struct Amount: Codable, Sendable, Equatable {
    public var value: String
    public var currency: String
    public var text: String
    @NullEncoded public var uppercase: String?
    @NullEncoded public var consistent: Bool?
    @NullEncoded public var location: Location?

    public init(value: String, currency: String = "CNY", text: String, uppercase: String? = nil,
                consistent: Bool? = nil, location: Location?) {
        self.value = value
        self.currency = currency
        self.text = text
        self.uppercase = uppercase
        self.consistent = consistent
        self.location = location
    }
}
