import Foundation
import Schema

/// Reviews in the store (`reviews` table, store schema 2): kept beside `documents.record`, never
/// over it. The searchable rows (agreements, parties, amounts …) follow the reviewed record, so
/// `search` and `export` see a correction as soon as it is stored.
extension ContractStore {
    /// Tables written once per document from the extracted record; every other table of
    /// `StoreTables.all` is derived from the reviewed record.
    static let documentTables: Set<String> = ["documents", "document_names"]

    /// Inserts the derived rows (and SQLite's article index) of `record`.
    func insertDerived(_ record: ExtractionResult, in s: StoreSession) throws {
        let rows = RecordRows(record: record, json: "", fileName: "", extractorVersion: "", ingestedAt: "")
        for (table, values) in rows.rows where !Self.documentTables.contains(table.name) { try insert(table, values, in: s) }
        if dialect == .sqlite, let articles = rows.rows.first(where: { $0.table.name == "articles" }) {
            let fts = articles.values.map { [$0[7], $0[0], $0[1]] }  // text, sha256, agreement
            try insertRows("articles_fts", columns: ["text", "sha256", "agreement"], placeholders: ["?", "?", "?"], fts, in: s)
        }
    }

    private func deleteDerived(_ sha: String, in s: StoreSession) throws {
        for table in StoreTables.all.reversed() where !Self.documentTables.contains(table.name) {
            try s.execute("DELETE FROM \(table.name) WHERE sha256 = ?", [.text(sha)])
        }
        if dialect == .sqlite { try s.execute("DELETE FROM articles_fts WHERE sha256 = ?", [.text(sha)]) }
    }

    func reviews(_ sha: String, in s: StoreSession) throws -> [Review] {
        try s.rows("""
            SELECT agreement, path, status, extracted, corrected, page, bbox, reviewer, reviewed_at FROM reviews \
            WHERE sha256 = ? ORDER BY review
            """, [.text(sha)]).map { r in
            Review(agreement: r[0].flatMap { Int($0) } ?? 0, path: r[1] ?? "", status: Review.Status(rawValue: r[2] ?? "") ?? .confirmed,
                   extracted: r[3], corrected: r[4], page: r[5].flatMap { Int($0) },
                   bbox: r[6].map { $0.split(separator: ",").compactMap { Double($0) } }, reviewer: r[7] ?? "", reviewedAt: r[8] ?? "")
        }
    }

    private func extractedRecord(_ sha: String, in s: StoreSession) throws -> ExtractionResult? {
        guard let json = try s.rows("SELECT record FROM documents WHERE sha256 = ?", [.text(sha)]).first?.first ?? nil else { return nil }
        return try JSONCoding.decode(ExtractionResult.self, from: Data(json.utf8))
    }

    /// Every review of a document, oldest first.
    public func reviews(sha256: String) throws -> [Review] {
        try wrap { try backend.read { try reviews(sha256, in: $0) } }
    }

    /// The extracted record of a document (as the batch wrote it); nil when the store lacks it.
    public func record(sha256: String) throws -> ExtractionResult? {
        try wrap { try backend.read { try extractedRecord(sha256, in: $0) } }
    }

    /// Stores `review` for document `sha256` in one transaction, with the time now, and brings
    /// the searchable rows up to the reviewed record. Throws `ReviewError` when the review does
    /// not fit the record (no such value, a value of the wrong kind) — nothing is then stored —
    /// and `StoreError` when the document is not in the store. Returns the review as stored.
    @discardableResult
    public func addReview(_ review: Review, sha256 sha: String) throws -> Review {
        var review = review
        review.reviewedAt = ISO8601DateFormatter().string(from: Date())
        do {
            return try backend.write { s in
                try backend.lockDocument(sha, in: s)
                guard let record = try extractedRecord(sha, in: s) else {
                    throw StoreError(.missing, store: location.shown, reason: "no document \(sha)")
                }
                let earlier = try reviews(sha, in: s)
                let current = ReviewedRecord.applyApplicable(earlier, to: record)
                if review.extracted == nil { review.extracted = ReviewedRecord.value(at: review.path, agreement: review.agreement, in: record) }
                _ = try ReviewedRecord.apply([review], to: current)  // a review that does not fit is refused here
                let next = (try s.rows("SELECT max(review) FROM reviews WHERE sha256 = ?", [.text(sha)]).first?.first ?? nil).flatMap { Int($0) } ?? 0
                try s.execute("""
                    INSERT INTO reviews (sha256, review, agreement, path, status, extracted, corrected, page, bbox, reviewer, reviewed_at) \
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [.text(sha), .int(next + 1), .int(review.agreement), .text(review.path), .text(review.status.rawValue),
                          StoreValue(review.extracted), StoreValue(review.corrected), StoreValue(review.page),
                          StoreValue(review.bbox.map { $0.map { String($0) }.joined(separator: ",") }),
                          .text(review.reviewer), .text(review.reviewedAt)])
                try deleteDerived(sha, in: s)
                try insertDerived(ReviewedRecord.applyApplicable(earlier + [review], to: record), in: s)
                return review
            }
        } catch let error as ReviewError {
            throw error
        } catch {
            throw (error as? StoreError) ?? StoreError(.unavailable, store: location.shown, reason: "\(error)")
        }
    }

    /// One line of the review page's document list: what needs a person's eye.
    public struct DocumentStatus: Sendable, Equatable {
        public var sha256: String
        public var pages: Int?
        /// Diagnostics of severity warning or error (every `ocr-low-confidence`, conflict and
        /// mismatch is one).
        public var diagnostics: Int
        public var reviews: Int
    }

    /// Per document: pages, diagnostics and reviews, by sha256.
    public func documentStatuses() throws -> [String: DocumentStatus] {
        try wrap {
            try backend.read { s in
                let rows = try s.rows("""
                    SELECT d.sha256, d.pages, d.diagnostics, (SELECT count(*) FROM reviews r WHERE r.sha256 = d.sha256) FROM documents d
                    """, [])
                var out: [String: DocumentStatus] = [:]
                for r in rows {
                    let sha = r[0] ?? ""
                    out[sha] = DocumentStatus(sha256: sha, pages: r[1].flatMap { Int($0) }, diagnostics: r[2].flatMap { Int($0) } ?? 0,
                                              reviews: r[3].flatMap { Int($0) } ?? 0)
                }
                return out
            }
        }
    }

    /// A file name the document was stored under (the first by code point), for the review page.
    public func fileNames(sha256: String) throws -> [String] {
        try wrap {
            try backend.read { s in
                try s.rows("SELECT file_name FROM document_names WHERE sha256 = ? ORDER BY file_name", [.text(sha256)]).compactMap { $0[0] }
            }
        }
    }
}
