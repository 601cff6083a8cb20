import Foundation
import Testing
@testable import Extractor

@Suite("Clause sentences")
struct ClauseSentenceTests {
    /// The sentences of an inline text's lines, with the normalized text they index.
    private func sentences(_ text: String) throws -> (sentences: [ClauseSentence], scalars: [Unicode.Scalar]) {
        let document = try Extractor().read(data: Data(text.utf8), fileName: "inline.txt")
        let lines = ParsedLine.lines(of: document.text)
        return (ClauseSentence.sentences(of: LineSelection(lines)), document.text.scalars)
    }

    @Test("each scalar of a sentence, one line or wrapped over several, is located at its own place in the text")
    func everyScalarLocated() throws {
        let (found, text) = try sentences("""
            第五条 违约责任
            1. 乙方逾期付款的，每逾期一日，应按逾期金额的
            0.1‰（万分之一）向甲方支付违约金；甲方逾期交货的，  按同一标准支付。
            2. 其他约定：无。
            """)
        #expect(found.map(\.text) == ["违约责任", "乙方逾期付款的，每逾期一日，应按逾期金额的0.1‰（万分之一）向甲方支付违约金；",
                                      "甲方逾期交货的， 按同一标准支付。", "其他约定：无。"])
        // The wrapped sentence is two runs of the text, one per line; the label is left out.
        #expect(found[1].pieces.count == 2)
        for sentence in found {
            for k in sentence.scalars.indices {
                let span = sentence.span(k..<(k + 1))
                #expect(span.count == 1 && text[span.lowerBound] == sentence.scalars[k])
            }
            // A range's span runs from its first scalar's place to just past its last one's.
            let whole = sentence.range
            #expect(text[whole.lowerBound] == sentence.scalars.first && text[whole.upperBound - 1] == sentence.scalars.last)
            // An empty range at the end sits just past the last scalar.
            #expect(sentence.span(sentence.scalars.count..<sentence.scalars.count) == whole.upperBound..<whole.upperBound)
        }
    }
}
