import Foundation
import Schema
@testable import Store
import Testing
import TestSupport

/// Reviews stored beside the extracted record, against both real databases.
@Suite("Store reviews", .serialized, .slowLane)
struct StoreReviewsTests {
    static let kinds: [TestStore.Kind] = TestPostgres.enabled ? [.sqlite, .postgres] : [.sqlite]

    @Test("A correction is kept beside the record; search and export see the reviewed record", arguments: kinds)
    func correction(_ kind: TestStore.Kind) throws {
        let t = try TestStore(kind)
        defer { t.remove() }
        let store = try t.open()
        for (record, json) in try Records.all() { try store.ingest(record, json: json, extractorVersion: "0.1.0") }
        let sha = try Records.load("seed-000.pdf").0.source.sha256
        let stored = try store.addReview(Review(agreement: 1, path: "parties[0].name", status: .corrected, corrected: "塔城市审核局", reviewer: "li"), sha256: sha)
        #expect(stored.extracted == "塔城市公安局")
        #expect(!stored.reviewedAt.isEmpty)
        try store.addReview(Review(agreement: 1, path: "title", status: .confirmed, reviewer: "wang"), sha256: sha)
        try store.addReview(Review(agreement: 1, path: "totalAmount.value", status: .missing, corrected: "12345.67",
                                   page: 1, bbox: [56.8, 300, 200, 312.5], reviewer: "wang"), sha256: sha)

        // The extracted record is untouched; the reviews are there, oldest first.
        #expect(try store.record(sha256: sha)?.contracts[0].parties[0].name == "塔城市公安局")
        let reviews = try store.reviews(sha256: sha)
        #expect(reviews.map(\.status) == [.corrected, .confirmed, .missing])
        #expect(reviews[2].bbox == [56.8, 300, 200, 312.5] && reviews[2].page == 1 && reviews[1].reviewer == "wang")

        func files(_ change: (inout SearchQuery) -> Void) throws -> [String] {
            var q = SearchQuery()
            change(&q)
            return try store.search(q).map(\.file)
        }
        #expect(try files { $0.party = "审核局" } == ["seed-000.pdf"])
        #expect(try files { $0.party = "公安局" } == [])
        #expect(try files { $0.minTotal = "12345.67"; $0.maxTotal = "12345.67" } == ["seed-000.pdf"])
        #expect(try files { $0.text = "物联网卡" }.contains("seed-000.pdf"))  // the article index is rebuilt

        var names: [String?] = [], extracted: [String?] = []
        try store.forEachRecord { names.append($0.source.fileName == "seed-000.pdf" ? $0.contracts[0].parties[0].name : nil) }
        try store.forEachRecord(reviewed: false) { extracted.append($0.source.fileName == "seed-000.pdf" ? $0.contracts[0].parties[0].name : nil) }
        #expect(names.contains("塔城市审核局") && extracted.contains("塔城市公安局"))
        #expect(try store.documentStatuses()[sha]?.reviews == 3)

        // A newer extraction replaces the record's rows; the reviews stay and still apply.
        let (record, json) = try Records.load("seed-000.pdf")
        #expect(try store.ingest(record, json: json, extractorVersion: "0.2.0") == .replaced)
        #expect(try store.reviews(sha256: sha).count == 3)
        #expect(try files { $0.party = "审核局" } == ["seed-000.pdf"])
    }

    @Test("A review that does not fit, or of a document not stored, is refused and nothing is written", arguments: kinds)
    func refused(_ kind: TestStore.Kind) throws {
        let t = try TestStore(kind)
        defer { t.remove() }
        let store = try t.open()
        let (record, json) = try Records.load("seed-000.pdf")
        try store.ingest(record, json: json, extractorVersion: "0.1.0")
        let before = try store.dump()
        #expect(throws: ReviewError.self) {
            try store.addReview(Review(agreement: 1, path: "amounts[0].value", status: .corrected, corrected: "abc", reviewer: "li"), sha256: record.source.sha256)
        }
        #expect(throws: StoreError.self) {
            try store.addReview(Review(agreement: 1, path: "title", status: .confirmed, reviewer: "li"), sha256: String(repeating: "0", count: 64))
        }
        #expect(try store.reviews(sha256: record.source.sha256).isEmpty)
        #expect(try store.dump() == before)
    }
}
