import Foundation
import Testing
@testable import Extractor

@Suite("Field accuracy of the regression summary")
struct FieldAccuracyTests {
    func json(_ text: String) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) }

    func row(_ accuracy: FieldAccuracy, _ field: String) -> FieldAccuracy.Row? { accuracy.rows.first { $0.field == field } }

    @Test("every member of the contract is counted in one row, the clause members of schema 4 included")
    func everyMember() {
        let counted = FieldAccuracy.groups.flatMap(\.1)
        for member in ["title", "kind", "contractNumber", "parties", "amounts", "totalAmount", "dates", "term",
                       "disputeResolution", "copies", "placeOfSigning", "governingLaw", "payments", "penalties",
                       "termination", "renewal", "warrantyPeriod", "deliveryPeriod", "confidentiality",
                       "articles", "fields", "attachments", "tables"] {
            #expect(counted.filter { $0 == member }.count == 1, "\(member)")
        }
    }

    @Test("a clause value right, one wrong and one the record adds: counted leaf by leaf")
    func clauseRows() throws {
        let golden = try json(#"{"contracts":[{"placeOfSigning":"厦门市","governingLaw":null,"payments":[{"percent":"30","amount":null}],"warrantyPeriod":{"months":12,"days":null}}]}"#)
        let record = try json(#"{"contracts":[{"placeOfSigning":"厦门市","governingLaw":"中华人民共和国法律","payments":[{"percent":"30","amount":"3000.00"}],"warrantyPeriod":{"months":12,"days":null}}]}"#)
        let accuracy = FieldAccuracy(pairs: [(golden, record)])
        let place = try #require(row(accuracy, "place/law"))
        #expect(place.values == 2 && place.correct == 1 && place.documentsCorrect == 0)
        let payments = try #require(row(accuracy, "payments"))
        #expect(payments.values == 2 && payments.correct == 1)
        let periods = try #require(row(accuracy, "periods"))
        #expect(periods.values == 2 && periods.correct == 2 && periods.documentsCorrect == 1)
        #expect(accuracy.table.contains("place/law"))
    }
}
