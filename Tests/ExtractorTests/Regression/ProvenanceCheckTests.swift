import Foundation
import Schema
import Testing
@testable import Extractor

@Suite("Provenance check")
struct ProvenanceCheckTests {
    let source = "某协议\n甲方：A公司\n一、价款\n合同总价为人民币 482190 元。"

    func document() throws -> (ExtractionResult, NormalizedText) {
        let extractor = Extractor()
        let document = try extractor.read(data: Data(source.utf8), fileName: "x.txt")
        return (extractor.result(of: document), document.text)
    }

    @Test("the pipeline's own locations point at their values")
    func holds() throws {
        let (result, text) = try document()
        #expect(!result.contracts[0].amounts.isEmpty)
        #expect(ProvenanceCheck.problems(in: result, text: text).isEmpty)
    }

    @Test("a span moved off its value, or a missing one, is reported with the path")
    func moved() throws {
        var (result, text) = try document()
        result.contracts[0].amounts[0].location = Location(start: 0, end: 3)
        result.contracts[0].parties[0].location = nil
        let problems = ProvenanceCheck.problems(in: result, text: text)
        #expect(problems.map(\.path) == ["contracts[0].parties[0].location", "contracts[0].amounts[0].location"])
        #expect(problems[1].actual.contains("某协议"))
    }
}
