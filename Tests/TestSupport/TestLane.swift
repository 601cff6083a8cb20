import Foundation
import Testing

/// Which suites a test run includes. `make test` (what CI runs) runs every suite; `make check`
/// sets `CE_TEST_LANE=fast` and runs only the inline-example suites — rules, clauses, text
/// clean-up, schema — in seconds, leaving out the suites that convert whole corpus documents,
/// run OCR, start the command-line binary or run batches.
public enum TestLane {
    /// False only when `CE_TEST_LANE=fast`; any other value, or none, runs everything.
    public static var includesSlowSuites: Bool {
        ProcessInfo.processInfo.environment["CE_TEST_LANE"] != "fast"
    }
}

extension Trait where Self == ConditionTrait {
    /// Marks a suite that converts corpus documents, runs OCR, starts the binary or a server:
    /// it runs in `make test`, not in `make check`'s fast lane.
    public static var slowLane: Self {
        .enabled(if: TestLane.includesSlowSuites, "left out of the fast lane (CE_TEST_LANE=fast, make check)")
    }
}
