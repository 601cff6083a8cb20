import Foundation

/// One reviewer's verdict on one value of one agreement, stored beside the extracted record
/// (never over it) in the `reviews` table (docs/store.md). `path` names the value inside the
/// agreement as the record writes it: `title`, `parties[0].name`, `amounts[2].value`,
/// `dates.signed`, `parties[1].bankAccounts[0].accountNumber` …
public struct Review: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable, CaseIterable {
        /// The extracted value is right.
        case confirmed
        /// The extracted value is wrong; `corrected` is right (nil: the document states none).
        case corrected
        /// The extraction found nothing but the document states the value: `corrected` is it,
        /// and `page` + `bbox` (when drawn) are where it sits.
        case missing
    }

    /// 1-based agreement of the record.
    public var agreement: Int
    public var path: String
    public var status: Status
    /// The extracted value as text when the review was made (nil when the record had none).
    public var extracted: String?
    /// The reviewer's value (`corrected`, `missing`); nil for `confirmed`.
    public var corrected: String?
    /// A box the reviewer drew: 1-based page and [x0, y0, x1, y1] in PDF points, top-left origin.
    public var page: Int?
    public var bbox: [Double]?
    public var reviewer: String
    /// UTC ISO 8601, when the store wrote it (store metadata, never in a record).
    public var reviewedAt: String

    public init(agreement: Int, path: String, status: Status, extracted: String? = nil, corrected: String? = nil,
                page: Int? = nil, bbox: [Double]? = nil, reviewer: String, reviewedAt: String = "") {
        self.agreement = agreement
        self.path = path
        self.status = status
        self.extracted = extracted
        self.corrected = corrected
        self.page = page
        self.bbox = bbox
        self.reviewer = reviewer
        self.reviewedAt = reviewedAt
    }
}

/// Why a review cannot be applied: a path the record has no value at, a value of the wrong
/// kind (a total that is not a decimal, a month count that is not a number).
public struct ReviewError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ description: String) { self.description = description }
}
