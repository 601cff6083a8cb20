import Foundation
import Schema
import Testing

@Suite("Record encoding")
struct RecordEncodingTests {
    let result = ExtractionResult(
        source: Source(fileName: "a.pdf", sha256: "00", format: .pdf, pageCount: 1, textLayer: .native,
                       pages: [Page(number: 1, textLayer: .native, width: 595.2756, height: 841.8898)]),
        contracts: [Contract(title: "物联卡业务协议", parties: [Party(role: "甲方", name: "塔城市公安局")])],
        diagnostics: [Diagnostic(severity: .warning, code: "numbering-gap", message: "四 is missing",
                                 location: Location(start: 3, end: 5, page: 2, bbox: BoundingBox(x0: 10.123, y0: 20.456, x1: 30.789, y1: 40.001)))])

    func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONCoding.encode(value), as: UTF8.self)
    }

    @Test("absent values are written as null, never left out")
    func nulls() throws {
        let text = try json(result)
        #expect(text.contains("\"contractNumber\" : null"))
        #expect(text.contains("\"encoding\" : null"))
        #expect(text.contains("\"legalRepresentative\" : null"))
        #expect(text.contains("\"signed\" : null"))
    }

    @Test("keys in declaration order, coordinates rounded, output ends with a newline")
    func deterministic() throws {
        let text = try json(result)
        #expect(text == (try json(result)))
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("10.12") && !text.contains("10.123"))
        #expect(text.contains("595.28"))
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == ["schemaVersion", "source", "contracts", "diagnostics"])
    }

    @Test("a record decodes back to itself, and a missing optional key decodes as null")
    func roundTrip() throws {
        let decoded = try JSONCoding.decode(ExtractionResult.self, from: try JSONCoding.encode(result))
        #expect(decoded == result)
        let location = try JSONCoding.decode(Location.self, from: Data(#"{"start":1,"end":2}"#.utf8))
        #expect(location == Location(start: 1, end: 2))
    }

    @Test("a box encodes as [x0, y0, x1, y1] with its corners ordered")
    func bbox() throws {
        let box = BoundingBox(x0: 30, y0: 40, x1: 10, y1: 20)
        #expect(String(decoding: try JSONCoding.encode(box, pretty: false), as: UTF8.self) == "[10,20,30,40]\n")
    }
}
