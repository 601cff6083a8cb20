/// Per-field accuracy over the corpus: every leaf value under a contract's field group in the
/// goldens or in the records, and how many of them the record gets right (same path, same
/// value). A value the record adds where the golden has none counts against it too.
public struct FieldAccuracy: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var field: String
        public var values: Int
        public var correct: Int
        public var documents: Int
        public var documentsCorrect: Int
    }

    /// Field groups in table order, and the contract keys each covers.
    public static let groups: [(String, [String])] = [
        ("title/number", ["title", "kind", "contractNumber"]), ("parties", ["parties"]), ("amounts", ["amounts", "totalAmount"]),
        ("dates", ["dates"]), ("term", ["term"]), ("dispute", ["disputeResolution"]), ("copies", ["copies"]),
        ("place/law", ["placeOfSigning", "governingLaw"]), ("payments", ["payments"]), ("penalties", ["penalties"]),
        ("conditions", ["termination", "renewal"]), ("periods", ["warrantyPeriod", "deliveryPeriod", "confidentiality"]),
        ("articles", ["articles"]), ("fields", ["fields"]), ("attachments", ["attachments"]), ("tables", ["tables"]),
    ]

    public var rows: [Row]

    /// `pairs`: (expected, actual) records per document.
    public init(pairs: [(JSONValue, JSONValue)]) {
        rows = Self.groups.map { name, keys in
            var row = Row(field: name, values: 0, correct: 0, documents: 0, documentsCorrect: 0)
            for (expected, actual) in pairs {
                let e = Self.leaves(expected, keys: keys), a = Self.leaves(actual, keys: keys)
                let paths = Set(e.keys).union(a.keys)
                let right = e.filter { a[$0.key] == $0.value }.count
                row.values += paths.count
                row.correct += right
                row.documents += 1
                if right == paths.count { row.documentsCorrect += 1 }
            }
            return row
        }
    }

    /// `contracts[i].<key>…` leaves of one record, by path.
    static func leaves(_ record: JSONValue, keys: [String]) -> [String: JSONValue] {
        guard case .array(let contracts)? = record["contracts"] else { return [:] }
        var out: [String: JSONValue] = [:]
        for (i, contract) in contracts.enumerated() {
            for key in keys { if let v = contract[key] { flatten(v, "contracts[\(i)].\(key)", into: &out) } }
        }
        return out
    }

    private static func flatten(_ v: JSONValue, _ path: String, into out: inout [String: JSONValue]) {
        switch v {
        case .object(let o): for (k, x) in o { flatten(x, "\(path).\(k)", into: &out) }
        case .array(let a) where !a.isEmpty: for (i, x) in a.enumerated() { flatten(x, "\(path)[\(i)]", into: &out) }
        default: out[path] = v
        }
    }

    /// A fixed-width table: field, values right/total, percent, documents fully right.
    public var table: String {
        var lines = ["field          values right/total      %   documents right/total"]
        for r in rows {
            let pct = r.values == 0 ? "  -  " : String(format: "%5.1f", Double(r.correct) * 100 / Double(r.values))
            lines.append(r.field.padding(toLength: 14, withPad: " ", startingAt: 0)
                + " " + "\(r.correct)/\(r.values)".leftPadded(18) + "  " + pct + "  " + "\(r.documentsCorrect)/\(r.documents)".leftPadded(20))
        }
        return lines.joined(separator: "\n")
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
