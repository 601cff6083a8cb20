import Foundation
import Schema
import Testing

/// Fails when the Swift record types and `RecordSchema.json` drift apart: every key a fully
/// populated record encodes must be a property of the schema at that place, and every schema
/// property must be encoded.
@Suite("Schema drift")
struct SchemaDriftTests {
    static let location = Location(start: 0, end: 3, page: 1, bbox: BoundingBox(x0: 1, y0: 2, x1: 3, y1: 4),
                                   paragraph: 1, cell: TableCellPosition(table: 1, row: 1, column: 1))

    static let full: ExtractionResult = {
        let account = BankAccount(accountName: "a", accountNumber: "1", bank: "b", bankCode: "2")
        let party = Party(role: "甲方", name: "n", legalRepresentative: "l", contact: "c", address: "a", phone: "p", fax: "f",
                          email: "e", postalCode: "1", creditCode: "c", bankAccounts: [account], location: location)
        let child = Article(label: "1、", number: 1, path: "一/1", level: 2, heading: "h", text: "t", location: location)
        let article = Article(label: "一、", number: 1, path: "一", level: 1, heading: "h", text: "t", children: [child], location: location)
        let amount = Amount(value: "1.00", text: "1元", uppercase: "壹元", consistent: true, location: location)
        let contract = Contract(
            title: "t", kind: .contract, contractNumber: "n", parties: [party], articles: [article],
            fields: [Field(value: "v", blank: false, label: "l", article: "一", style: .checkbox, marker: false, checked: true, location: location)],
            amounts: [amount], totalAmount: amount,
            dates: ContractDates(signed: "2024-03-11", effective: "2024-03-11", expires: "2025-07-31"),
            term: Term(text: "三年", months: 36, autoRenewal: true, renewalMonths: 12),
            disputeResolution: DisputeResolution(method: .litigation, venue: "v"),
            copies: Copies(total: 4, perParty: ["甲方": 2]), placeOfSigning: "p", governingLaw: "g",
            payments: [Payment(amount: amount, percent: "30", trigger: "t", date: "2024-03-11", text: "t", location: location)],
            penalties: [Penalty(payer: "乙方", rate: "0.05%", per: .day, amount: amount, base: "b", cap: "c", text: "t", location: location)],
            termination: [Condition(party: "甲方", permitted: true, text: "t", location: location)],
            renewal: [Condition(party: nil, permitted: false, text: "t", location: location)],
            warrantyPeriod: Period(text: "t", months: 12, days: 1, location: location),
            deliveryPeriod: Period(text: "t", months: 1, days: 30, location: location),
            confidentiality: Period(text: "t", months: 24, days: nil, location: location),
            attachments: [Attachment(label: "附件一", title: "t", present: true, location: location)],
            tables: [Table(rows: [["a"]], location: location)],
            provenance: Provenance(title: location, contractNumber: location, signed: location, effective: location, expires: location,
                                   term: location, renewal: location, disputeMethod: location, disputeVenue: location, copies: location,
                                   placeOfSigning: location, governingLaw: location,
                                   parties: [PartyProvenance(name: location, bankAccounts: [BankAccountProvenance(accountNumber: location)])]),
            location: location)
        let source = Source(fileName: "f.pdf", sha256: String(repeating: "0", count: 64), format: .pdf, pageCount: 1,
                            textLayer: .native, encoding: "UTF-8", pages: [Page(number: 1, textLayer: .native, width: 1, height: 1)],
                            pageFurniture: [PageFurniture(page: 1, kind: .header, text: "h")], fileNameBytes: "c4e3")
        return ExtractionResult(source: source, contracts: [contract],
                                diagnostics: [Diagnostic(severity: .warning, code: "c", message: "m", location: location)])
    }()

    let schema = try! JSONSerialization.jsonObject(with: Data(RecordSchema.json.utf8)) as! [String: Any]

    func resolve(_ node: [String: Any]) -> [String: Any] {
        if let ref = node["$ref"] as? String, let name = ref.split(separator: "/").last,
           let defs = schema["$defs"] as? [String: Any], let target = defs[String(name)] as? [String: Any] {
            return resolve(target)
        }
        if let options = node["oneOf"] as? [[String: Any]], let object = options.first(where: { $0["type"] as? String != "null" }) {
            return resolve(object)
        }
        return node
    }

    func compare(_ value: Any, _ node: [String: Any], path: String, problems: inout [String]) {
        let node = resolve(node)
        if let object = value as? [String: Any], let properties = node["properties"] as? [String: Any] {
            let encoded = Set(object.keys), declared = Set(properties.keys)
            for key in encoded.subtracting(declared) { problems.append("\(path).\(key) is encoded but not in the schema") }
            for key in declared.subtracting(encoded) { problems.append("\(path).\(key) is in the schema but not encoded") }
            for key in encoded.intersection(declared) {
                compare(object[key]!, properties[key] as! [String: Any], path: "\(path).\(key)", problems: &problems)
            }
        } else if let array = value as? [Any], let items = node["items"] as? [String: Any], let first = array.first {
            compare(first, items, path: "\(path)[0]", problems: &problems)
        }
    }

    @Test("every encoded key is in the schema and every schema property is encoded")
    func noDrift() throws {
        let data = try JSONCoding.encode(Self.full)
        let json = try JSONSerialization.jsonObject(with: data)
        var problems: [String] = []
        compare(json, schema, path: "$", problems: &problems)
        #expect(problems.isEmpty, "\(problems.sorted())")
    }

    @Test("the drift check itself notices a missing property")
    func detects() throws {
        var problems: [String] = []
        compare(["schemaVersion": "1", "extra": 1], schema, path: "$", problems: &problems)
        #expect(problems.contains("$.extra is encoded but not in the schema"))
        #expect(problems.contains("$.source is in the schema but not encoded"))
    }
}
