import Foundation
import Schema
@testable import Extractor

/// Parses an inline text as a text file would be, returning the record.
func parse(_ text: String) throws -> ExtractionResult {
    try Extractor().extract(data: Data(text.utf8), fileName: "inline.txt")
}

extension Array where Element == Article {
    /// Every article, depth first.
    var flattened: [Article] { flatMap { [$0] + $0.children.flattened } }
}
