import Foundation

/// Guarantees byte-identical JSON for equal values: members in the order the types declare
/// them (the documented reading order of a record; dictionaries sorted by key), two-space
/// pretty printing, slashes unescaped, a final newline. Every record the tool writes goes
/// through here.
public enum JSONCoding {
    /// Encodes `value` as deterministic JSON text ending in a newline.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> Data {
        var data = Data()
        try write(value, pretty: pretty) { data.append($0) }
        return data
    }

    /// The same text as `encode`, handed to `sink` in pieces of about 1 MB, in order, as it is
    /// made: a large record is never whole in memory. An error (a number JSON cannot hold) comes
    /// after the pieces before it were handed over.
    public static func write<T: Encodable>(_ value: T, pretty: Bool = true, to sink: (Data) -> Void) throws {
        try OrderedJSONEncoder(pretty: pretty).encode(value, trailer: [0x0A], to: sink)
    }

    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try JSONDecoder().decode(type, from: data)
    }
}
