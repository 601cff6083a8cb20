import Foundation
import Schema

/// The reviewed record: the extracted record with its reviews applied, a pure function of the
/// two. Reviews apply in the order given (the store gives them oldest first), so the latest
/// review of a value wins. `confirmed` changes nothing; `corrected` and `missing` set the value
/// at the review's path to `corrected` (nil or empty: the document states none → null).
/// Values keep their JSON type: counts (`term.months`, `copies.total` …) must be whole numbers,
/// flags `true`/`false`, amounts decimals (written with two places), dates `yyyy-MM-dd`,
/// `disputeResolution.method` `litigation`/`arbitration`. Locations are left as extracted (a box
/// the reviewer drew stays in the review).
public enum ReviewedRecord {
    public static func apply(_ reviews: [Review], to record: ExtractionResult) throws -> ExtractionResult {
        let changing = reviews.filter { $0.status != .confirmed }
        guard !changing.isEmpty else { return record }
        guard var tree = try JSONSerialization.jsonObject(with: JSONCoding.encode(record, pretty: false)) as? [String: Any],
              var contracts = tree["contracts"] as? [Any] else { throw ReviewError("the record cannot be read") }
        for review in changing {
            guard (1...contracts.count).contains(review.agreement) else {
                throw ReviewError("agreement \(review.agreement): the record has \(contracts.count)")
            }
            let steps = try ValuePath.parse(review.path)
            let value = try typed(review.corrected, at: steps, path: review.path)
            try set(&contracts[review.agreement - 1], steps[...], to: value, path: review.path)
        }
        tree["contracts"] = contracts
        do {
            return try JSONCoding.decode(ExtractionResult.self, from: JSONSerialization.data(withJSONObject: tree))
        } catch {
            throw ReviewError("a corrected value does not fit the record: \(error)")
        }
    }

    /// `apply`, leaving out the reviews that no longer fit the record (a newer extractor version
    /// found fewer parties, say): the store keeps them, and they show in the review page.
    public static func applyApplicable(_ reviews: [Review], to record: ExtractionResult) -> ExtractionResult {
        if let all = try? apply(reviews, to: record) { return all }
        var result = record
        for review in reviews {
            if let next = try? apply([review], to: result) { result = next }
        }
        return result
    }

    /// The value at `path` of agreement `agreement` as text (what a review calls `extracted`):
    /// strings as they are, numbers and flags in JSON notation; nil for null or no such value.
    public static func value(at path: String, agreement: Int, in record: ExtractionResult) -> String? {
        guard let tree = try? JSONSerialization.jsonObject(with: JSONCoding.encode(record, pretty: false)) as? [String: Any],
              let contracts = tree["contracts"] as? [Any], (1...contracts.count).contains(agreement),
              let steps = try? ValuePath.parse(path) else { return nil }
        var node: Any = contracts[agreement - 1]
        for step in steps {
            switch step {
            case .key(let k): guard let next = (node as? [String: Any])?[k] else { return nil }; node = next
            case .index(let i): guard let list = node as? [Any], list.indices.contains(i) else { return nil }; node = list[i]
            }
        }
        if case .key(let leaf) = steps.last, flags.contains(leaf), let n = node as? NSNumber { return n.boolValue ? "true" : "false" }
        return text(node)
    }

    static func text(_ node: Any) -> String? {
        switch node {
        case is NSNull: return nil
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }

    private static let counts: Set<String> = ["months", "renewalMonths", "total", "number", "level"]
    private static let flags: Set<String> = ["autoRenewal", "blank", "checked", "consistent", "marker", "present"]

    /// The JSON value a correction stands for at the leaf of `steps`.
    static func typed(_ corrected: String?, at steps: [ValuePath.Step], path: String) throws -> Any {
        let text = corrected?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !text.isEmpty else { return NSNull() }
        guard case .key(let leaf) = steps.last else { throw ReviewError("\(path): not a single value") }
        let parent: String? = steps.count >= 2 ? { if case .key(let k) = steps[steps.count - 2] { return k } else { return nil } }() : nil
        if counts.contains(leaf) {
            guard let n = Int(text) else { throw ReviewError("\(path): \(text) is not a whole number") }
            return n
        }
        if flags.contains(leaf) {
            guard text == "true" || text == "false" else { throw ReviewError("\(path): \(text) is not true or false") }
            return text == "true"
        }
        if leaf == "value" && (parent == "totalAmount" || steps.contains(.key("amounts"))) {
            guard let cents = RecordRows.cents(text) else { throw ReviewError("\(path): \(text) is not a decimal amount") }
            let sign = cents < 0 ? "-" : ""
            return sign + "\(abs(cents) / 100)." + String(format: "%02d", abs(cents) % 100)
        }
        if parent == "dates" {
            guard text.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil else { throw ReviewError("\(path): \(text) is not a date (yyyy-MM-dd)") }
            return text
        }
        if parent == "disputeResolution" && leaf == "method" {
            guard text == "litigation" || text == "arbitration" else { throw ReviewError("\(path): \(text) is not litigation or arbitration") }
            return text
        }
        return text
    }

    private static func set(_ node: inout Any, _ steps: ArraySlice<ValuePath.Step>, to value: Any, path: String) throws {
        guard let step = steps.first else {
            node = value
            return
        }
        switch step {
        case .key(let k):
            guard var object = node as? [String: Any], var child = object[k] else { throw ReviewError("\(path): the record has no \(k) here") }
            if steps.count == 1 {
                guard !(child is [Any]), !(child is [String: Any]) else { throw ReviewError("\(path): not a single value") }
            } else if child is NSNull, k == "totalAmount" {
                // A total the extraction missed: a new amount, written as the reviewer typed it.
                guard !(value is NSNull) else { return }
                child = ["value": "0.00", "currency": "CNY", "text": ReviewedRecord.text(value) ?? "", "uppercase": NSNull(),
                         "consistent": NSNull(), "location": NSNull()] as [String: Any]
            }
            try set(&child, steps.dropFirst(), to: value, path: path)
            object[k] = child
            node = object
        case .index(let i):
            guard var list = node as? [Any], list.indices.contains(i) else { throw ReviewError("\(path): no item \(i) here") }
            try set(&list[i], steps.dropFirst(), to: value, path: path)
            node = list
        }
    }
}

/// A value path inside an agreement: keys and 0-based indexes, `parties[0].bankAccounts[1].bank`.
enum ValuePath {
    enum Step: Equatable { case key(String), index(Int) }

    static func parse(_ path: String) throws -> [Step] {
        var steps: [Step] = []
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard let m = part.wholeMatch(of: /([A-Za-z]+)((?:\[\d{1,6}\])*)/) else { throw ReviewError("\(path): not a value path") }
            steps.append(.key(String(m.1)))
            for index in m.2.matches(of: /\[(\d+)\]/) { steps.append(.index(Int(index.1)!)) }
        }
        guard !steps.isEmpty, case .key(let first) = steps[0], !["location", "provenance", "kind"].contains(first) else {
            throw ReviewError("\(path): not a reviewable value")
        }
        return steps
    }
}
