import Foundation
import Testing
import TestSupport
@testable import Extractor

/// Every input `make fuzz` ever crashed on (fuzz/crashers) and its seeds (fuzz/seeds) go through
/// the text → record path again: each must come back as a record or an `ExtractionError`.
@Suite("Fuzz crashers stay fixed", .slowLane)
struct FuzzCrashersTests {
    static let files: [URL] = ["fuzz/crashers", "fuzz/seeds"].flatMap { dir in
        ((try? FileManager.default.contentsOfDirectory(at: Repo.root.appendingPathComponent(dir), includingPropertiesForKeys: nil)) ?? [])
            .filter { !$0.lastPathComponent.hasPrefix(".") }
    }.sorted { $0.path < $1.path }

    @Test("replayed without a crash")
    func replay() throws {
        #expect(Self.files.count >= 4)
        for file in Self.files {
            let data = try Data(contentsOf: file)
            do {
                let result = try Extractor().extract(data: data, fileName: "fuzz.txt")
                _ = try JSONEncoder().encode(result)
            } catch is ExtractionError {
                // junk refused with a clear error: fine
            }
        }
    }
}
