import Foundation
import Schema
import Testing

/// `contract-extract schema` is user documentation too: editors and validators show a
/// property's `description`. Fails naming the JSON path of every property — in the `properties`
/// of any object schema, at any depth, `$defs` included — that has no non-empty description.
@Suite("Schema descriptions")
struct SchemaDescriptionTests {
    /// JSON paths (`$.$defs.Amount.properties.value`) of properties without a description.
    static func undescribed(in node: Any, path: String = "$") -> [String] {
        var missing: [String] = []
        if let object = node as? [String: Any] {
            if let properties = object["properties"] as? [String: Any] {
                for (name, property) in properties {
                    let description = (property as? [String: Any])?["description"] as? String
                    if description?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true {
                        missing.append("\(path).properties.\(name)")
                    }
                }
            }
            for (key, value) in object {
                missing += undescribed(in: value, path: "\(path).\(key)")
            }
        } else if let array = node as? [Any] {
            for (i, value) in array.enumerated() {
                missing += undescribed(in: value, path: "\(path)[\(i)]")
            }
        }
        return missing
    }

    @Test("every property of the record schema has a description")
    func everyPropertyDescribed() throws {
        let schema = try JSONSerialization.jsonObject(with: Data(RecordSchema.json.utf8))
        let missing = Self.undescribed(in: schema).sorted()
        #expect(missing.isEmpty, "properties without a description: \(missing)")
    }

    @Test("every $defs type has a description")
    func everyTypeDescribed() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(RecordSchema.json.utf8)) as? [String: Any])
        let defs = try #require(schema["$defs"] as? [String: Any])
        let missing = defs.filter { (($0.value as? [String: Any])?["description"] as? String ?? "").isEmpty }.keys.sorted()
        #expect(missing.isEmpty, "$defs without a description: \(missing)")
    }

    @Test("the check names a missing or empty description at any depth")
    func detects() {
        let schema: [String: Any] = [
            "properties": ["a": ["type": "string", "description": "A."], "b": ["type": "string"]],
            "$defs": ["T": ["properties": ["c": ["type": "object", "description": " ",
                                                 "properties": ["d": ["description": "D."], "e": [:]]]]]],
        ]
        #expect(Self.undescribed(in: schema).sorted() == [
            "$.$defs.T.properties.c", "$.$defs.T.properties.c.properties.e", "$.properties.b",
        ])
    }
}
