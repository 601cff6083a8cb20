import Foundation
import Schema
@testable import Extractor

/// The agreements the clause parser hands to the mapper for an inline text.
func agreements(_ text: String) throws -> [ParsedAgreement] {
    let document = try Extractor().read(data: Data(text.utf8), fileName: "inline.txt")
    return ClauseParser(text: document.text, furniture: document.source.pageFurniture).parse()
}

/// The analysis of an inline text's first agreement.
func analysis(_ text: String) throws -> AgreementAnalysis {
    AgreementAnalysis(try agreements(text)[0].text)
}

/// One rule applied alone to an inline text's first agreement (its skeleton as the parser made it).
func applying(_ rule: any MappingRule.Type, to text: String, on contract: Contract? = nil) throws -> (Contract, [Diagnostic]) {
    let agreement = try agreements(text)[0]
    var record = contract ?? agreement.skeleton
    let found = rule.apply(to: &record, from: AgreementAnalysis(agreement.text))
    return (record, found)
}
