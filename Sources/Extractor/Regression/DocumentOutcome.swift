/// What the regression run found for one corpus document (or one golden file).
public struct DocumentOutcome: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        /// The record equals its golden and every location points at its value.
        case passed
        /// Differences from the golden, or locations that do not point at their values.
        case failed([GoldenDifference])
        /// Listed in KNOWN_FAILURES.md and still different: reported, not counted as a failure.
        case knownFailure(reason: String, [GoldenDifference])
        /// Listed in KNOWN_FAILURES.md but now equal: take it off the list.
        case unexpectedPass(reason: String)
        /// A corpus document without `golden/<name>.json`.
        case missingGolden
        /// A golden file without its corpus document.
        case orphanGolden
        /// The document could not be read at all (its golden expects a record).
        case unreadable(String)
        /// A golden was written in a record mode: what changed.
        case recorded([GoldenDifference], created: Bool)
    }

    public var name: String
    public var status: Status

    /// Counted as a failure: everything but a pass and a known failure.
    public var isFailure: Bool {
        switch status {
        case .passed, .knownFailure: false
        default: true
        }
    }
}
