import Foundation

/// Guarantees byte-identical JSON for equal values: members in the order the types declare
/// them (the documented reading order of a record; dictionaries sorted by key), two-space
/// pretty printing, slashes unescaped, a final newline. Every record the tool writes goes
/// through here.
public enum JSONCoding {
    /// Encodes `value` as deterministic JSON text ending in a newline.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> Data {
        var data = try OrderedJSONEncoder(pretty: pretty).encode(value)
        data.append(0x0A)
        return data
    }

    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try JSONDecoder().decode(type, from: data)
    }
}
