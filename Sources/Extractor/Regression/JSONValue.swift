import Foundation

/// Any JSON value, compared structurally: what a golden file holds and what a record encodes
/// to. Numbers keep their JSON text, so `2` and `2.0` differ only if the writer wrote them so.
public indirect enum JSONValue: Equatable, Sendable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let d = try? c.decode(Double.self) { self = .number(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .number(let d):
            if d.rounded() == d, abs(d) < 1e15 { try c.encode(Int64(d)) } else { try c.encode(d) }
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    /// The value as it would encode: `"17644262069"`, `null`, `36`, `{…}` shortened to `limit`.
    public func brief(limit: Int = 120) -> String {
        let text: String
        switch self {
        case .null: text = "null"
        case .bool(let b): text = b ? "true" : "false"
        case .number: text = String(decoding: (try? JSONEncoder().encode(self)) ?? Data(), as: UTF8.self)
        default:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            text = String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
        }
        return text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    /// The same value without any `key` member, at every depth.
    public func removing(key: String) -> JSONValue {
        switch self {
        case .object(let o):
            var out: [String: JSONValue] = [:]
            for (k, v) in o where k != key { out[k] = v.removing(key: key) }
            return .object(out)
        case .array(let a): return .array(a.map { $0.removing(key: key) })
        default: return self
        }
    }
}
