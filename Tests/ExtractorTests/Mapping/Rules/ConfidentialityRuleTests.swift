import Schema
import Testing
@testable import Extractor

@Suite("ConfidentialityRule")
struct ConfidentialityRuleTests {
    @Test("how long, before or after the key, or open-ended", arguments: [
        ("保密期限为本合同终止后两年。", "本合同终止后两年", 24 as Int?),
        ("乙方的保密义务在本合同终止后3年内持续有效。", "本合同终止后3年内", 36),
        ("乙方对此在合同期内及离职后两年内负有保密义务。", "合同期内及离职后两年内", 24),
        ("本条所述保密义务为永久保密义务。", "永久", nil),
        ("乙方的保密义务不因本合同终止而免除。", "不因本合同终止而免除", nil),
        ("上述保密义务，在本合同终止或解除之后仍需履行。", "在本合同终止或解除之后仍需履行", nil),
        ("双方对保密信息均不得泄露，直至相关信息经合法渠道成为公开信息。", "直至相关信息经合法渠道成为公开信息", nil),
    ])
    func reads(sentence: String, text: String, months: Int?) throws {
        let (c, _) = try applying(ConfidentialityRule.self, to: "甲方：A\n八、保密\n\(sentence)")
        #expect(c.confidentiality?.text == text)
        #expect(c.confidentiality?.months == months)
        #expect(c.confidentiality?.location != nil)
    }

    @Test("confidentiality without a period", arguments: [
        "乙方应对甲方的商业秘密予以保密。",
        "双方应履行保密义务。",
    ])
    func none(sentence: String) throws {
        let (c, _) = try applying(ConfidentialityRule.self, to: "甲方：A\n八、保密\n\(sentence)")
        #expect(c.confidentiality == nil)
    }
}
