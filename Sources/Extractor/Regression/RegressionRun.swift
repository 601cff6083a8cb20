import Foundation
import Schema

/// Runs every corpus document through the pipeline and compares its record with
/// `golden/<file name>.json` (`seed-000.pdf` → `seed-000.pdf.json`). Shared by
/// `contract-extract regress` and the test suite, so both report the same differences.
///
/// A golden holds the record without its `location` and `provenance` members: the values a reader can check
/// against the document. Locations are checked against the text instead (`ProvenanceCheck`), so a
/// text-layer change that moves offsets but still points at the right words is no failure.
/// Documents run in parallel; outcomes come back in name order, so reports are deterministic.
public struct RegressionRun: Sendable {
    public var corpus: URL
    public var golden: URL
    /// Only documents whose name contains this.
    public var filter: String?
    public var mode: RecordMode
    public var extractor: Extractor
    /// Called after each document with (documents done, documents in all), from any thread.
    public var onProgress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    public init(corpus: URL, golden: URL, filter: String? = nil, mode: RecordMode = .never, extractor: Extractor = Extractor()) {
        self.corpus = corpus
        self.golden = golden
        self.filter = filter
        self.mode = mode
        self.extractor = extractor
    }

    /// Corpus documents: regular files, not hidden, not notes (`*.md`).
    public func documents() throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: corpus.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RegressionError.noCorpus(corpus.relativePath)
        }
        return try FileManager.default.contentsOfDirectory(atPath: corpus.path)
            .filter { !$0.hasPrefix(".") && !$0.lowercased().hasSuffix(".md") && matchesFilter($0) }
            .sorted()
    }

    public func goldenName(of document: String) -> String { document + ".json" }

    public func run() throws -> RegressionReport {
        let names = try documents()
        let known = KnownFailures(markdown: (try? String(contentsOf: golden.appendingPathComponent(KnownFailures.fileName), encoding: .utf8)) ?? "")
        let slots = Slots<(DocumentOutcome, (JSONValue, JSONValue?)?)>(count: names.count)
        let finished = Counter()
        DispatchQueue.concurrentPerform(iterations: names.count) { i in
            slots[i] = self.check(names[i], known: known)
            self.onProgress?(finished.increment(), names.count)
        }
        let results = slots.values
        var all = results.map(\.0)
        let goldenFiles = (try? FileManager.default.contentsOfDirectory(atPath: golden.path)) ?? []
        let corpusNames = Set((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
        for file in goldenFiles.sorted() where file.hasSuffix(".json") && !file.hasPrefix(".") {
            let document = String(file.dropLast(5))
            if matchesFilter(document), !corpusNames.contains(document) { all.append(DocumentOutcome(name: file, status: .orphanGolden)) }
        }
        return RegressionReport(outcomes: all, pairs: results.compactMap(\.1).compactMap { a, e in e.map { ($0, a) } })
    }

    /// A record as its golden holds it: without `location` and `provenance` (checked against
    /// the text instead). `Self.goldenData` is the golden file's bytes.
    static func golden(of record: ExtractionResult) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: JSONCoding.encode(record)).removing(key: "location").removing(key: "provenance")
    }

    /// The bytes of `record`'s golden file, as the regression writes and reads it (used to write
    /// a person's reviewed record as a corpus document's golden: `export --golden`).
    public static func goldenData(of record: ExtractionResult) throws -> Data {
        try JSONCoding.encode(golden(of: record))
    }

    private func matchesFilter(_ name: String) -> Bool {
        guard let filter, !filter.isEmpty else { return true }
        return name.contains(filter)
    }

    /// One document: its outcome, and (actual, expected) for the accuracy table.
    private func check(_ name: String, known: KnownFailures) -> (DocumentOutcome, (JSONValue, JSONValue?)?) {
        let goldenURL = golden.appendingPathComponent(goldenName(of: name))
        let expected = try? JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: goldenURL))
        let actual: JSONValue
        var provenance: [GoldenDifference] = []
        do {
            let document = try extractor.read(contentsOf: corpus.appendingPathComponent(name))
            let result = extractor.result(of: document)
            provenance = ProvenanceCheck.problems(in: result, text: document.text)
            actual = try Self.golden(of: result)
        } catch {
            // A known failure the pipeline cannot read at all yet (an image format it does not
            // take) stays known, with the error as its one difference; unlisted, it is an error.
            if let reason = known.reasons[name], expected != nil {
                return (DocumentOutcome(name: name, status: .knownFailure(reason: reason, [GoldenDifference(path: "(record)", expected: "a record", actual: "\(error)")])), nil)
            }
            return (DocumentOutcome(name: name, status: .unreadable("\(error)")), nil)
        }
        let differences = expected.map { GoldenDiff.differences(expected: $0, actual: actual) } ?? []
        // A known failure's golden holds what the document says and the pipeline does not
        // reach yet: recording over it would bless the wrong value, so it is never rewritten.
        let recordable = known.reasons[name] == nil
        if mode == .all && !differences.isEmpty && recordable || expected == nil && mode != .never {
            do {
                try AtomicFile.write(JSONCoding.encode(actual), to: goldenURL)
                return (DocumentOutcome(name: name, status: .recorded(differences, created: expected == nil)), (actual, actual))
            } catch {
                return (DocumentOutcome(name: name, status: .unreadable("cannot write \(goldenURL.relativePath): \(error)")), nil)
            }
        }
        guard let expected else { return (DocumentOutcome(name: name, status: .missingGolden), (actual, nil)) }
        let problems = differences + provenance
        if let reason = known.reasons[name] {
            return (DocumentOutcome(name: name, status: problems.isEmpty ? .unexpectedPass(reason: reason) : .knownFailure(reason: reason, problems)), (actual, expected))
        }
        return (DocumentOutcome(name: name, status: problems.isEmpty ? .passed : .failed(problems)), (actual, expected))
    }
}

/// One slot per parallel task, each written once under a lock.
private final class Slots<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(i: Int) -> T? {
        get { lock.withLock { storage[i] } }
        set { lock.withLock { storage[i] = newValue } }
    }

    var values: [T] { lock.withLock { storage.compactMap { $0 } } }
}

/// A thread-safe count of finished work.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    /// Adds one and returns the new count.
    func increment() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }
}
