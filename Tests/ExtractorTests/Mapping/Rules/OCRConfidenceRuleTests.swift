import Schema
import Testing
@testable import Extractor

@Suite("OCRConfidenceRule")
struct OCRConfidenceRuleTests {
    /// A contract whose text reports the given confidence for every span (nil: native text).
    func diagnostics(_ text: String, confidence: Double?) throws -> [Diagnostic] {
        let lines = ParsedLine.lines(of: NormalizedText(lines: textLines(text), glyphs: nil, scalarStarts: nil))
        var content = ContractText(lines: LineSelection(lines), allLines: LineSelection(lines), furniture: []) { Location(start: $0.lowerBound, end: $0.upperBound) }
        content.ocrConfidence = { _ in confidence }
        var contract = Contract(title: nil)
        let analysis = AgreementAnalysis(content)
        _ = PartiesRule.apply(to: &contract, from: analysis)
        _ = AmountsRule.apply(to: &contract, from: analysis)
        contract.fields = [Field(value: "肆", blank: false, label: "一式", article: nil, style: .bracket, marker: false, checked: nil,
                                 location: Location(start: 0, end: 3))]
        return OCRConfidenceRule.apply(to: &contract, from: analysis)
    }

    let text = "甲方：塔城市公安局\n邮箱：19809016077Q139.com\n一、价款\n合同总价为 482190 元。"

    @Test("under the threshold: every value is named with its confidence")
    func low() throws {
        let found = try diagnostics(text, confidence: 85)
        #expect(found.allSatisfy { $0.code == "ocr-low-confidence" })
        #expect(found.contains { $0.message.contains("19809016077Q139.com") && $0.message.contains("85%") })
        #expect(found.contains { $0.message.contains("482190 元") })
        #expect(found.contains { $0.message.contains("field “肆”") })
    }

    @Test("at or over the threshold, or native text: nothing")
    func high() throws {
        #expect(try diagnostics(text, confidence: 90).isEmpty)
        #expect(try diagnostics(text, confidence: 99).isEmpty)
        #expect(try diagnostics(text, confidence: nil).isEmpty)
    }
}
