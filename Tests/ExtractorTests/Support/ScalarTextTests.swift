import Testing
@testable import Extractor

@Suite("Scalar text search")
struct ScalarTextTests {
    @Test("scalarRange finds the first occurrence, in strings and substrings", arguments: [
        ("甲方：北京某某公司；乙方：上海某某公司", "乙方", "乙方：上海某某公司"),
        ("甲甲方", "甲方", "甲方"),  // a partial match just before the real one
        ("😀乙方", "乙方", "乙方"),  // after a four-byte scalar
        ("abcabd", "abd", "abd"),
        ("乙方", "乙方：", nil),  // the needle runs past the end
        ("甲方", "", nil),
        ("", "甲", nil),
        ("中乙方", "乙", "乙方"),
    ] as [(String, String, String?)])
    func firstOccurrence(hay: String, needle: String, rest: String?) {
        #expect(hay.scalarRange(of: needle).map { String(hay[$0.lowerBound...]) } == rest)
        let padded = "前" + hay + "后"
        let sub = padded.dropFirst().dropLast()
        #expect(sub.scalarRange(of: needle).map { String(sub[$0.lowerBound..<sub.endIndex]) } == rest)
        if let r = hay.scalarRange(of: needle) { #expect(String(hay[r]) == needle) }
        #expect(hay.includes(needle) == (needle.isEmpty || rest != nil))
    }

    @Test("a scalar that shares its lead byte with the needle's first is not a match")
    func leadBytes() {
        // 中 (E4 B8 AD) and 丢 (E4 B8 A2) share two bytes.
        #expect("中中中".scalarRange(of: "丢") == nil)
        #expect("中丢".scalarRange(of: "丢").map { String("中丢"[$0]) } == "丢")
    }
}
