import Schema
import Testing
@testable import Extractor

@Suite("CopiesRule")
struct CopiesRuleTests {
    @Test("copies and what each party keeps", arguments: [
        ("本协议一式【肆】份，甲方执【贰】份，乙方执【贰】份，具有同等法律效力。", 4, ["甲方": 2, "乙方": 2]),
        ("本协议一式肆份，甲乙双方各执贰份。", 4, ["甲方": 2, "乙方": 2]),
        ("本合同一式两份，双方各执一份。", 2, ["甲方": 1, "乙方": 1]),
        ("本合同一式2份，甲乙方各执1份。", 2, ["甲方": 1, "乙方": 1]),
        ("本合同一式（三）份，甲方持二份，乙方持一份。", 3, ["甲方": 2, "乙方": 1]),
        ("本合同一式陆份。", 6, [:]),
        // 一 read as a tilde or dash (PP-OCR on the fax copy of seed-001.pdf)
        ("三、本合同自签订之日起生效，本合同～式肆份，双方各执两份，具有同等效力。", 4, ["甲方": 2, "乙方": 2]),
        ("本合同—式两份，双方各执一份。", 2, ["甲方": 1, "乙方": 1]),
    ])
    func copies(sentence: String, total: Int, perParty: [String: Int]) throws {
        let c = try #require(try parse("甲方：A\n一、其他\n\(sentence)").contracts.first)
        #expect(c.copies.total == total)
        #expect(c.copies.perParty == perParty)
    }

    @Test("no copies stated", arguments: ["本合同一式 份。", "本合同自签字之日起生效。", "合同正本一份。",
                                          "按附件～式样填写两份。", "采用B-式结构。"])
    func none(sentence: String) throws {
        let c = try #require(try parse("甲方：A\n一、其他\n\(sentence)").contracts.first)
        #expect(c.copies.total == nil && c.copies.perParty.isEmpty)
    }

    @Test("parties' copies that do not add up are a diagnostic")
    func mismatch() throws {
        let r = try parse("甲方：A\n一、其他\n本合同一式四份，甲方执三份，乙方执二份。")
        #expect(r.diagnostics.map(\.code) == ["copies-mismatch"])
    }
}
