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

    @Test("hasAtMost counts characters: CJK and ASCII by their scalars, joining marks as one character with their base")
    func hasAtMost() {
        let han = String(repeating: "合同条款", count: 75)  // 300 scalars, 300 characters
        #expect(!han.hasAtMost(299) && han.hasAtMost(300))
        #expect(Substring(han).hasAtMost(300) && !Substring(han).dropLast().hasAtMost(298))
        // 300 scalars that make 150 characters: é written as e and a combining accent.
        let accents = String(repeating: "e\u{301}", count: 150)
        #expect(accents.hasAtMost(150) && !accents.hasAtMost(149))
        #expect(!accents.hasAtMostScalars(299) && accents.hasAtMostScalars(300))
        // A joiner inside otherwise CJK text makes the text be counted as characters.
        let joined = String(repeating: "甲", count: 100) + "👨\u{200D}👩" + String(repeating: "乙", count: 100)
        #expect(joined.hasAtMost(201) && !joined.hasAtMost(200))
        #expect("".hasAtMost(0) && "a".hasAtMost(1) && !"ab".hasAtMost(1))
    }

    @Test("range(of:) on scalars and replacingAll find every occurrence, overlapping starts included")
    func rangeAndReplace() {
        let s = Array("甲甲方与乙方".unicodeScalars)
        #expect(s.range(of: "甲方") == 1..<3)
        #expect(s[2...].range(of: "方") == 2..<3)
        #expect(s.range(of: "丙方") == nil && s.range(of: "") == nil && s.range(of: "乙方与") == nil)
        #expect("【甲】【乙】".replacingAll("【", with: "").replacingAll("】", with: "、") == "甲、乙、")
        #expect("aaa".replacingAll("aa", with: "b") == "ba")
        #expect("甲方".replacingAll("乙", with: "丙") == "甲方")
    }
}
