import Foundation
import Schema
import Testing
import TestSupport
@testable import Extractor

/// The scanned seeds read by OCR against their text-layer twins' reviewed goldens: the claims a
/// reader relies on — agreements, titles, parties, total, dates, term, copies, top-level
/// articles — must agree, except for the OCR misreads listed here, which are asserted exactly
/// (an improvement or a new misread both fail, so the list stays true).
@Suite("Scans read by Tesseract against their text-layer twins", .serialized, .slowLane)
struct ScanTwinTests {
    /// Each scan is read once for the whole suite (8 and 25 pages of OCR).
    static let records: [String: ExtractionResult] = {
        var out: [String: ExtractionResult] = [:]
        for name in ["seed-000-scan.pdf", "seed-001-scan.pdf"] {
            // Tesseract, asked for by name: these are its misreads (the default PP-OCR is checked
            // by the corpus regression against the same goldens).
            out[name] = try? Extractor(options: ExtractionOptions(ocrEngine: .tesseract)).extract(contentsOf: Repo.corpus(name))
        }
        return out
    }()

    static func claims(_ r: ExtractionResult) -> [String: String] {
        var out = ["contracts": "\(r.contracts.count)"]
        for (i, c) in r.contracts.enumerated() {
            out["\(i).title"] = c.title ?? "-"
            out["\(i).parties"] = c.parties.map { "\($0.role)=\($0.name ?? "-")" }.joined(separator: " / ")
            out["\(i).total"] = c.totalAmount?.value ?? "-"
            out["\(i).dates"] = [c.dates.signed, c.dates.effective, c.dates.expires].map { $0 ?? "-" }.joined(separator: " ")
            out["\(i).term"] = c.term.months.map(String.init) ?? "-"
            out["\(i).copies"] = c.copies.total.map(String.init) ?? "-"
            out["\(i).articles"] = c.articles.map(\.label).joined(separator: " ")
        }
        return out
    }

    static func twin(_ name: String) throws -> [String: String] {
        let data = try Data(contentsOf: Repo.root.appendingPathComponent("golden/\(name).json"))
        return claims(try JSONDecoder().decode(ExtractionResult.self, from: data))
    }

    @Test("claims match the twin but for the listed misreads", arguments: [
        ("seed-000-scan.pdf", "seed-000.pdf", [String: String]()),
        ("seed-001-scan.pdf", "seed-001.pdf", [
            "0.term": "-",                                            // （三）年 read as 三）年: the duration is lost
            "1.parties": "甲方=蛟河市人民法院 / 乙方=中国移动通信集团吉林有限公司", // the name's last line 吉林省分公司 dropped
            "1.total": "99726.00",                                   // 90720 read as 99726
        ]),
    ])
    func claims(scan: String, twin: String, misreads: [String: String]) throws {
        let record = try #require(Self.records[scan])
        let expected = try Self.twin(twin).merging(misreads) { $1 }
        let actual = Self.claims(record)
        for key in expected.keys.sorted() { #expect(actual[key] == expected[key], "\(scan) \(key)") }
    }

    @Test("every page is OCR'd and says so; values keep page and box")
    func provenance() throws {
        let record = try #require(Self.records["seed-000-scan.pdf"])
        #expect(record.source.textLayer == .ocr)
        #expect(record.source.pages.count == 8 && record.source.pages.allSatisfy { $0.textLayer == .ocr })
        #expect(!record.diagnostics.contains { $0.code == "no-text-layer" })
        let party = try #require(record.contracts.first?.parties.first?.location)
        #expect(party.page == 1 && party.bbox != nil)
    }

    @Test("low confidence and OCR'd amount mismatches are reported as such")
    func confidence() throws {
        let seed0 = try #require(Self.records["seed-000-scan.pdf"])
        // chi_sim read 19809016077@139.com as 19809016077Q139.com, at 88%.
        #expect(seed0.diagnostics.contains { $0.code == "ocr-low-confidence" && $0.message.contains("19809016077Q139.com") })
        let seed1 = try #require(Self.records["seed-001-scan.pdf"])
        // 肆拾捌万贰仟壹佰玖拾元整 came out garbled: it is no amount at all, never a partial 190.
        #expect(!(seed1.contracts[0].amounts.contains { $0.value == "190.00" }))
    }
}
