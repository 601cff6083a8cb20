import Foundation
import Testing
@testable import Extractor

/// Every poppler handle has one owner that frees it: opening and extracting the same PDF a
/// thousand times must not grow the resident set.
@Suite("Memory")
struct MemoryTests {
    static func residentMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kb / 1024
    }

    @Test("RSS stays flat over 1,000 open/extract cycles")
    func flatRSS() throws {
        let data = try Data(contentsOf: Repo.corpus("fadada-lease-sample.pdf"))
        let extractor = Extractor()
        for _ in 0..<100 { _ = try extractor.extract(data: data, fileName: "f.pdf") }
        let warm = Self.residentMB()
        for _ in 0..<900 { _ = try extractor.extract(data: data, fileName: "f.pdf") }
        let after = Self.residentMB()
        print("RSS after 100 cycles: \(warm) MB, after 1000: \(after) MB")
        #expect(after - warm < 8, "RSS grew from \(warm) MB to \(after) MB")
    }
}
