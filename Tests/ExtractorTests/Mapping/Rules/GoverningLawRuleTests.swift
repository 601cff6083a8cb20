import Schema
import Testing
@testable import Extractor

@Suite("GoverningLawRule")
struct GoverningLawRuleTests {
    @Test("the law a sentence about the contract names", arguments: [
        ("（一）本合同之订立、生效、解释、变更、终止、执行与争议解决均适用中华人民共和国的法律法规。", "中华人民共和国的法律法规"),
        ("1、本协议的成立、效力、解释、履行、签署、变更和终止以及争议的解决均适用中华人民共和国法律。", "中华人民共和国法律"),
        ("本合同受中华人民共和国法律管辖。", "中华人民共和国法律"),
        ("本合同适用【香港特别行政区】法律。", "香港特别行政区法律"),
    ])
    func reads(sentence: String, law: String) throws {
        let (c, _) = try applying(GoverningLawRule.self, to: "甲方：A\n十、法律适用\n\(sentence)")
        #expect(c.governingLaw == law)
        #expect(c.provenance?.governingLaw != nil)
    }

    @Test("laws cited, not chosen: no governing law", arguments: [
        "各方应当严格依据《中华人民共和国数据安全法》以及其他适用的法律法规处理本合同标的数据。",
        "在审核法律文件时，要达到以下标准：适用法律正确，充分揭示本合同的风险。",
        "以其他方式发出的，适用相关法律、法规、司法解释规定。",
        "根据《中华人民共和国民法典》，甲乙双方订立本合同。",
    ])
    func none(sentence: String) throws {
        let (c, _) = try applying(GoverningLawRule.self, to: "甲方：A\n一、其他\n\(sentence)")
        #expect(c.governingLaw == nil)
    }
}
