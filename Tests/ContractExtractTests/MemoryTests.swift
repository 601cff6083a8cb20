import Foundation
import Testing
import TestSupport

/// Every poppler handle has one owner that frees it: opening and extracting the same PDF a
/// thousand times must not grow the resident set. Measured in its own process (the `cycles`
/// diagnostic), so the tests running beside it cannot move the figure.
@Suite("Memory", .slowLane)
struct MemoryTests {
    @Test("RSS stays flat over 1,000 open/extract cycles")
    func flatRSS() throws {
        let r = try CLI.run(["cycles", "corpus/fadada-lease-sample.pdf", "--count", "1000"])
        #expect(r.status == 0)
        func rss(at cycle: Int) -> Double? {
            r.text.split(separator: "\n").first { $0.hasPrefix("cycle \(cycle): rss ") }
                .flatMap { Double($0.split(separator: " ")[3]) }
        }
        let warm = try #require(rss(at: 100))
        let after = try #require(rss(at: 1000))
        print("RSS after 100 cycles: \(warm) MB, after 1000: \(after) MB")
        #expect(after - warm < 8, "RSS grew from \(warm) MB to \(after) MB")
    }
}
