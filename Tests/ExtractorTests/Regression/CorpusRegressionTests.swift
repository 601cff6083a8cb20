import Foundation
import Testing
import TestSupport
@testable import Extractor

/// The golden regression over the whole corpus: `swift test` fails on any unexpected difference,
/// exactly as `contract-extract regress` does (the same runner).
@Suite("Corpus regression", .slowLane)
struct CorpusRegressionTests {
    @Test("every corpus document matches its reviewed golden")
    func corpus() throws {
        let mode = try RecordMode(environment: ProcessInfo.processInfo.environment)
        let run = RegressionRun(corpus: Repo.root.appendingPathComponent("corpus"),
                                golden: Repo.root.appendingPathComponent("golden"), mode: mode)
        let report = try run.run()
        #expect(report.outcomes.count >= 25)
        #expect(report.failed == 0, "\(report.text())")
        // The signed scan reads as its Word twin where a lawyer checks first: both parties (names,
        // legal representatives, addresses, contacts, credit codes, accounts) and the total's
        // value and 大写 (the goldens agree on them; the scan stays a known failure elsewhere).
        let scan = try #require(report.outcomes.first { $0.name == "zhaoxin-license-scan.pdf" })
        let scanDiffs: [GoldenDifference] = switch scan.status {
        case .failed(let diffs), .knownFailure(_, let diffs): diffs
        default: []
        }
        let checked = scanDiffs.filter {
            $0.path.hasPrefix("contracts[0].parties") || $0.path.hasPrefix("contracts[0].totalAmount.value")
                || $0.path.hasPrefix("contracts[0].totalAmount.uppercase")
        }
        #expect(checked.isEmpty, "\(checked)")
        #expect(!scanDiffs.contains { $0.path == "(record)" }, "the scan was not read: \(scanDiffs)")
        // A recording run writes goldens and is never green: review them, then run without it.
        #expect(mode == .never, "GOLDEN_RECORD=\(mode.rawValue) wrote goldens; review the diff, unset it and rerun")
    }

    /// A scratch corpus of one document with its golden, the golden edited by `edit`.
    func scratch(_ document: String, edit: (inout String) -> Void) throws -> (RegressionRun, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("regress-\(UUID().uuidString)")
        let corpus = dir.appendingPathComponent("corpus"), golden = dir.appendingPathComponent("golden")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: golden, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repo.corpus(document), to: corpus.appendingPathComponent(document))
        var text = try String(contentsOf: Repo.root.appendingPathComponent("golden/\(document).json"), encoding: .utf8)
        edit(&text)
        try text.write(to: golden.appendingPathComponent("\(document).json"), atomically: true, encoding: .utf8)
        return (RegressionRun(corpus: corpus, golden: golden), dir)
    }

    @Test("a value changed on purpose reads as document, path and both values")
    func readableDiff() throws {
        let (run, dir) = try scratch("seed-001.txt") { $0 = $0.replacingOccurrences(of: "\"17644262069\"", with: "\"17644262000\"") }
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = try run.run()
        let text = report.text()
        #expect(report.exitStatus == 1)
        #expect(text.contains("FAIL    seed-001.txt"))
        #expect(text.contains(#"contracts[0].parties[0].phone: expected "17644262000", got "17644262069""#))
        #expect(text.hasSuffix("0 passed, 1 failed\n"))
    }

    @Test("record modes: missing writes only what is missing, never writes nothing, all rewrites and reports")
    func recordModes() throws {
        let (run, dir) = try scratch("seed-000.txt") { $0 = $0.replacingOccurrences(of: "\"copies\"", with: "\"copiesX\"") }
        defer { try? FileManager.default.removeItem(at: dir) }
        let goldenFile = run.golden.appendingPathComponent("seed-000.txt.json")
        let edited = try Data(contentsOf: goldenFile)
        var missing = run
        missing.mode = .missing
        #expect(try missing.run().failed == 1)
        #expect(try Data(contentsOf: goldenFile) == edited)
        var all = run
        all.mode = .all
        let recorded = try all.run()
        #expect(recorded.exitStatus == 1 && recorded.text().contains("WROTE   seed-000.txt: "))
        #expect(try run.run().text().hasSuffix("1 passed, 0 failed\n"))
        try FileManager.default.removeItem(at: goldenFile)
        #expect(try run.run().text().contains("MISSING seed-000.txt"))
        #expect(!FileManager.default.fileExists(atPath: goldenFile.path))
    }

    @Test("a known failure is reported but not counted; when it passes it is")
    func knownFailures() throws {
        let (run, dir) = try scratch("seed-000.txt") { $0 = $0.replacingOccurrences(of: "\"litigation\"", with: "\"arbitration\"") }
        defer { try? FileManager.default.removeItem(at: dir) }
        let list = run.golden.appendingPathComponent(KnownFailures.fileName)
        try "- `seed-000.txt` — a test reason\n".write(to: list, atomically: true, encoding: .utf8)
        let known = try run.run()
        #expect(known.exitStatus == 0 && known.known == 1 && known.text().contains("known   seed-000.txt"))
        var all = run
        all.mode = .all
        let recorded = try all.run()
        #expect(recorded.known == 1, "a known failure's golden is never recorded over")
        try FileManager.default.removeItem(at: list)
        _ = try all.run()
        try "- `seed-000.txt` — a test reason\n".write(to: list, atomically: true, encoding: .utf8)
        let fixed = try run.run()
        #expect(fixed.exitStatus == 1 && fixed.text().contains("FIXED   seed-000.txt"))
    }

    @Test("a listed document the pipeline cannot read is a known failure; unlisted it fails the run")
    func unreadableKnown() throws {
        let (run, dir) = try scratch("seed-000.txt") { _ in }
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.removeItem(at: run.corpus.appendingPathComponent("seed-000.txt"))
        try FileManager.default.removeItem(at: run.golden.appendingPathComponent("seed-000.txt.json"))
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00]).write(to: run.corpus.appendingPathComponent("page.jpeg"))
        try "{}".write(to: run.golden.appendingPathComponent("page.jpeg.json"), atomically: true, encoding: .utf8)
        let unlisted = try run.run()
        #expect(unlisted.exitStatus == 1 && unlisted.text().contains("ERROR   page.jpeg"))
        try "- `page.jpeg` — not a format the pipeline reads yet\n".write(to: run.golden.appendingPathComponent(KnownFailures.fileName), atomically: true, encoding: .utf8)
        let listed = try run.run()
        #expect(listed.exitStatus == 0 && listed.known == 1 && listed.text().contains("known   page.jpeg"))
    }

    @Test("a golden without its document fails the run")
    func orphan() throws {
        let (run, dir) = try scratch("seed-000.txt") { _ in }
        defer { try? FileManager.default.removeItem(at: dir) }
        try "{}".write(to: run.golden.appendingPathComponent("gone.pdf.json"), atomically: true, encoding: .utf8)
        let report = try run.run()
        #expect(report.text().contains("ORPHAN  gone.pdf.json") && report.exitStatus == 1)
    }
}
