/// The outcome of a regression run, and how it reads: per document the differing paths with
/// both values, then `N passed, N failed` alone on the last line.
public struct RegressionReport: Sendable {
    public var outcomes: [DocumentOutcome]
    /// (expected, actual) per document with a golden: what the accuracy table counts.
    public var pairs: [(JSONValue, JSONValue)]

    /// How many differences are printed per document before `… and N more`.
    public static let shownPerDocument = 40

    public var passed: Int { outcomes.filter { $0.status == .passed }.count }
    public var failed: Int { outcomes.filter(\.isFailure).count }
    public var known: Int { outcomes.filter { if case .knownFailure = $0.status { true } else { false } }.count }
    public var exitStatus: Int32 { failed == 0 ? 0 : 1 }

    public var accuracy: FieldAccuracy { FieldAccuracy(pairs: pairs) }

    public func text(summary: Bool = false, verbose: Bool = false) -> String {
        var lines: [String] = []
        for outcome in outcomes {
            switch outcome.status {
            case .passed:
                if verbose { lines.append("ok      \(outcome.name)") }
            case .failed(let diffs):
                lines.append("FAIL    \(outcome.name): \(diffs.count) difference\(diffs.count == 1 ? "" : "s")")
                lines += listed(diffs)
            case .knownFailure(let reason, let diffs):
                lines.append("known   \(outcome.name): \(diffs.count) difference\(diffs.count == 1 ? "" : "s") (\(reason))")
                if verbose { lines += listed(diffs) }
            case .unexpectedPass(let reason):
                lines.append("FIXED   \(outcome.name): now matches its golden; remove it from golden/\(KnownFailures.fileName) (was: \(reason))")
            case .missingGolden:
                lines.append("MISSING \(outcome.name): no golden file (write one by reading the document; GOLDEN_RECORD=missing drafts it)")
            case .orphanGolden:
                lines.append("ORPHAN  \(outcome.name): golden file without a corpus document")
            case .unreadable(let error):
                lines.append("ERROR   \(outcome.name): \(error)")
            case .recorded(let diffs, let created):
                lines.append("WROTE   \(outcome.name): \(created ? "new golden" : "\(diffs.count) change\(diffs.count == 1 ? "" : "s")") — review before committing")
                lines += listed(diffs)
            }
        }
        if summary { lines.append(accuracy.table) }
        if known > 0 { lines.append("\(known) known failure\(known == 1 ? "" : "s") (golden/\(KnownFailures.fileName))") }
        lines.append("\(passed) passed, \(failed) failed")
        return lines.joined(separator: "\n") + "\n"
    }

    private func listed(_ diffs: [GoldenDifference]) -> [String] {
        var out = diffs.prefix(Self.shownPerDocument).map { "  \($0)" }
        if diffs.count > Self.shownPerDocument { out.append("  … and \(diffs.count - Self.shownPerDocument) more") }
        return out
    }
}
