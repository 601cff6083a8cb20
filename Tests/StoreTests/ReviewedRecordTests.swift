import Foundation
import Schema
@testable import Store
import Testing

/// The reviewed record as a pure function of the extracted record and its reviews.
@Suite("Reviewed record")
struct ReviewedRecordTests {
    func seed() throws -> ExtractionResult { try Records.load("seed-000.pdf").0 }

    @Test("Confirming changes nothing; the record is returned as extracted")
    func confirm() throws {
        let record = try seed()
        let reviewed = try ReviewedRecord.apply([Review(agreement: 1, path: "parties[0].name", status: .confirmed, reviewer: "li")], to: record)
        #expect(reviewed == record)
    }

    @Test("Correcting sets the value at its path, typed as the record types it; the latest review wins")
    func correct() throws {
        let record = try seed()
        let reviews = [
            Review(agreement: 1, path: "parties[0].name", status: .corrected, corrected: "塔城市某局", reviewer: "li"),
            Review(agreement: 1, path: "parties[0].name", status: .corrected, corrected: "塔城市公安局（新）", reviewer: "wang"),
            Review(agreement: 1, path: "amounts[0].value", status: .corrected, corrected: "40", reviewer: "li"),
            Review(agreement: 1, path: "term.months", status: .corrected, corrected: "12", reviewer: "li"),
            Review(agreement: 1, path: "dates.signed", status: .corrected, corrected: "2024-06-01", reviewer: "li"),
        ]
        let reviewed = try ReviewedRecord.apply(reviews, to: record)
        let c = reviewed.contracts[0]
        #expect(c.parties[0].name == "塔城市公安局（新）")
        #expect(c.amounts[0].value == "40.00")
        #expect(c.term.months == 12)
        #expect(c.dates.signed == "2024-06-01")
        // Everything else, locations included, is as extracted.
        #expect(c.parties[0].location == record.contracts[0].parties[0].location)
        #expect(c.parties[1] == record.contracts[0].parties[1])
        #expect(reviewed.source == record.source && reviewed.diagnostics == record.diagnostics)
    }

    @Test("Marking missing fills a value the extraction did not find (a total too); an empty correction is null")
    func missing() throws {
        let record = try seed()
        #expect(record.contracts[0].totalAmount == nil && record.contracts[0].dates.effective == nil)
        let reviewed = try ReviewedRecord.apply([
            Review(agreement: 1, path: "totalAmount.value", status: .missing, corrected: "90720", page: 2, bbox: [10, 20, 30, 40], reviewer: "li"),
            Review(agreement: 1, path: "dates.effective", status: .missing, corrected: "2024-08-01", reviewer: "li"),
            Review(agreement: 1, path: "parties[1].email", status: .corrected, corrected: "", reviewer: "li"),
        ], to: record)
        #expect(reviewed.contracts[0].totalAmount?.value == "90720.00")
        #expect(reviewed.contracts[0].totalAmount?.currency == "CNY")
        #expect(reviewed.contracts[0].dates.effective == "2024-08-01")
        #expect(reviewed.contracts[0].parties[1].email == nil)
    }

    @Test("A review that does not fit the record is refused with a reason", arguments: [
        ("parties[9].name", "x"), ("amounts[0].value", "三十八"), ("dates.signed", "2024年"), ("term.months", "十二"),
        ("parties", "x"), ("location.start", "1"), ("nosuch", "x"), ("parties[0]..name", "x"),
    ])
    func refused(_ path: String, _ value: String) throws {
        #expect(throws: ReviewError.self) {
            try ReviewedRecord.apply([Review(agreement: 1, path: path, status: .corrected, corrected: value, reviewer: "li")], to: try seed())
        }
        #expect(throws: ReviewError.self) {
            try ReviewedRecord.apply([Review(agreement: 2, path: "title", status: .corrected, corrected: "x", reviewer: "li")], to: try seed())
        }
    }

    @Test("The extracted value of a path, as text")
    func value() throws {
        let record = try seed()
        #expect(ReviewedRecord.value(at: "parties[0].name", agreement: 1, in: record) == "塔城市公安局")
        #expect(ReviewedRecord.value(at: "term.renewalMonths", agreement: 1, in: record) == "12")
        #expect(ReviewedRecord.value(at: "term.autoRenewal", agreement: 1, in: record) == "true")
        #expect(ReviewedRecord.value(at: "totalAmount.value", agreement: 1, in: record) == nil)
    }
}
