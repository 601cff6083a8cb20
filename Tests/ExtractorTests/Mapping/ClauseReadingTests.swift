import Testing
@testable import Extractor

@Suite("Clause readers: multiples")
struct ClauseReadingTests {
    func multiple(_ text: String) -> String? {
        ClauseReading.multiples(in: Array(text.unicodeScalars), 0..<text.unicodeScalars.count).first?.0
    }

    @Test("a multiple is its percentage", arguments: [
        ("应付租金的2倍", "200"), ("利率的1.5倍", "150"), ("定金的双倍", "200"), ("两倍", "200"),
        ("LPR的四倍", "400"), ("0.25倍", "25"), ("1.125倍", "112.5"), ("１０倍", "1000"),
    ])
    func multiples(text: String, percent: String) {
        #expect(multiple(text) == percent)
    }

    @Test("no figure before 倍, or no 倍: no multiple", arguments: ["加倍赔偿", "倍数", "成倍增长", "2次", "0倍"])
    func notMultiples(text: String) {
        #expect(multiple(text) == nil)
    }
}
