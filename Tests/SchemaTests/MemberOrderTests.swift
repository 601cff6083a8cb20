import Foundation
import Schema
import Testing

/// The record's members come in the documented reading order (docs/record.md), and the bytes
/// do not depend on how a dictionary happened to be filled.
@Suite("Member order")
struct MemberOrderTests {
    /// The keys of the top-level object of `json`, in the order they were written.
    static func keys(_ json: String) -> [String] {
        var keys: [String] = []
        var depth = 0
        var inString = false
        var escaped = false
        var current = ""
        var lastString = ""
        for ch in json {
            if inString {
                if escaped { escaped = false; current.append(ch); continue }
                if ch == "\\" { escaped = true; continue }
                if ch == "\"" { inString = false; lastString = current; continue }
                current.append(ch)
                continue
            }
            switch ch {
            case "\"": inString = true; current = ""
            case "{", "[": depth += 1
            case "}", "]": depth -= 1
            case ":" where depth == 1: keys.append(lastString)
            default: break
            }
        }
        return keys
    }

    static func text<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONCoding.encode(value), as: UTF8.self)
    }

    @Test("the record, a source, an agreement and a party in reading order")
    func readingOrder() throws {
        let record = ExtractionResult(source: Source(fileName: "a.pdf", sha256: "00", format: .pdf),
                                      contracts: [Contract(title: "买卖合同", parties: [Party(role: "甲方")])])
        #expect(Self.keys(try Self.text(record)) == ["schemaVersion", "source", "contracts", "diagnostics"])
        #expect(Self.keys(try Self.text(record.source)) == ["fileName", "sha256", "format", "pageCount", "textLayer",
                                                            "encoding", "pages", "pageFurniture"])
        #expect(Self.keys(try Self.text(record.contracts[0])) == [
            "title", "kind", "contractNumber", "parties", "totalAmount", "amounts", "dates", "term",
            "disputeResolution", "copies", "placeOfSigning", "governingLaw", "payments", "penalties", "termination",
            "renewal", "warrantyPeriod", "deliveryPeriod", "confidentiality", "attachments", "tables", "articles", "fields",
            "provenance", "location"])
        #expect(Self.keys(try Self.text(record.contracts[0].parties[0])) == [
            "role", "name", "legalRepresentative", "contact", "address", "phone", "fax", "email", "postalCode",
            "creditCode", "bankAccounts", "location"])
    }

    @Test("a dictionary's members are sorted by key, however it was filled")
    func dictionaries() throws {
        var a: [String: Int] = [:]
        var b: [String: Int] = [:]
        let roles = ["甲方", "乙方", "丙方", "出租方", "承租方", "A", "b", "Z"]
        for (i, role) in roles.enumerated() { a[role] = i }
        for (i, role) in roles.enumerated().reversed() { b[role] = i }
        let copiesA = try Self.text(Copies(total: 8, perParty: a))
        #expect(copiesA == (try Self.text(Copies(total: 8, perParty: b))))
        let perParty = try #require(copiesA.range(of: "\"perParty\""))
        #expect(Self.keys(String(copiesA[perParty.upperBound...]).drop { $0 != "{" }.description) == roles.sorted())
    }

    @Test("strings and numbers: JSON escapes only what it must, numbers as written")
    func scalars() throws {
        let tricky = "引号\"反斜杠\\换行\n制表\t控制\u{01}斜杠/《》【】"
        let data = try JSONCoding.encode(["s": tricky], pretty: false)
        #expect(String(decoding: data, as: UTF8.self) == #"{"s":"引号\"反斜杠\\换行\n制表\t控制\u0001斜杠/《》【】"}"# + "\n")
        #expect(try JSONDecoder().decode([String: String].self, from: data)["s"] == tricky)
        let page = Page(number: 1, textLayer: .native, width: 595.2756, height: 842)
        #expect(String(decoding: try JSONCoding.encode(page, pretty: false), as: UTF8.self)
                == #"{"number":1,"textLayer":"native","width":595.28,"height":842}"# + "\n")
        #expect(throws: EncodingError.self) { try JSONCoding.encode([Double.nan]) }
    }

    /// The encoder names each integer type (a cast to `any BinaryInteger` cost a conformance
    /// scan per type at start-up); one it forgot would recurse through its own `encode(to:)`.
    struct EveryInteger: Encodable {
        var i = -1, i8: Int8 = -8, i16: Int16 = -16, i32: Int32 = -32, i64: Int64 = .min
        var u: UInt = 1, u8: UInt8 = 8, u16: UInt16 = 16, u32: UInt32 = 32, u64: UInt64 = .max
    }

    @Test("every integer width is written as a JSON number")
    func integers() throws {
        #expect(String(decoding: try JSONCoding.encode(EveryInteger(), pretty: false), as: UTF8.self)
                == #"{"i":-1,"i8":-8,"i16":-16,"i32":-32,"i64":-9223372036854775808,"u":1,"u8":8,"u16":16,"u32":32,"u64":18446744073709551615}"# + "\n")
    }

    @Test("pretty output: two-space indent, `key : value`, empty lists as []")
    func pretty() throws {
        let text = try Self.text(Copies(total: nil, perParty: [:]))
        #expect(text == "{\n  \"total\" : null,\n  \"perParty\" : {}\n}\n")
    }

    /// Encodes `a` twice under one key, the second time with a shorter list.
    struct Twice: Encodable {
        enum Key: String, CodingKey { case a, b }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode([1, 2], forKey: .a)
            try c.encode("x", forKey: .b)
            try c.encode([3], forKey: .a)
        }
    }

    /// Encodes a dictionary whose values are objects with a nested dictionary, inside a list:
    /// members wait to be sorted at every level while the text around them streams on.
    struct Nested: Encodable {
        var name: String
        var byRole: [String: [String: Int]]
    }

    @Test("a key encoded twice is an error, not a second member")
    func keyTwice() throws {
        #expect(throws: EncodingError.self) { try JSONCoding.encode(Twice(), pretty: false) }
    }

    @Test("dictionaries are sorted at every depth, also among many records")
    func nestedDictionaries() throws {
        let one = Nested(name: "x", byRole: ["乙方": ["b": 2, "a": 1], "甲方": ["d": 4, "c": 3]])
        #expect(String(decoding: try JSONCoding.encode(one, pretty: false), as: UTF8.self)
                == #"{"name":"x","byRole":{"乙方":{"a":1,"b":2},"甲方":{"c":3,"d":4}}}"# + "\n")
        // Enough records (1.5 MB) that the text leaves the writer's buffer in a chunk (1 MB).
        let many = Array(repeating: one, count: 15_000)
        let data = try JSONCoding.encode(many)
        #expect(data.count > 3 << 19)
        var pieces: [Data] = []
        try JSONCoding.write(many) { pieces.append($0) }
        #expect(pieces.count >= 2 && pieces.allSatisfy { $0.count <= 2 << 20 } && Data(pieces.joined()) == data)
        let record = String(decoding: try JSONCoding.encode(one).dropLast(), as: UTF8.self)  // without its newline
        let indented = record.replacingOccurrences(of: "\n", with: "\n  ")
        #expect(String(decoding: data, as: UTF8.self)
                == "[\n  " + Array(repeating: indented, count: 15_000).joined(separator: ",\n  ") + "\n]\n")
    }
}
