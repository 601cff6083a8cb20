import Foundation

/// Encodes any `Encodable` value as JSON whose object members come in the order the type
/// encodes them — for the record types, their declaration order, which is the reading order
/// `docs/record.md` documents (source first, then each agreement's title, number, parties …,
/// articles and fields last). Dictionaries (role → copies, golden values) have no order of
/// their own: their members are sorted by key. So the same value always gives the same bytes,
/// which Foundation's `JSONEncoder` guarantees only with `.sortedKeys`.
///
/// Numbers are written as Swift prints them (`595.28`, `36`; integral doubles without `.0`),
/// strings escaped as JSON requires and nothing more (no `\/`, no `\uXXXX` for non-ASCII).
struct OrderedJSONEncoder {
    var pretty: Bool

    func encode<T: Encodable>(_ value: T) throws -> Data {
        let root = JSONNode()
        try value.encode(to: NodeEncoder(node: root, codingPath: []))
        var writer = JSONTextWriter(pretty: pretty)
        try writer.write(root, depth: 0)
        return Data(writer.bytes)
    }
}

/// One JSON value under construction; a reference, because containers are handed out before
/// they are filled. Members and items live in the node itself, so appending costs no copy.
final class JSONNode {
    enum Shape { case unset, literal, string, array, object }

    var shape = Shape.unset
    /// A literal (null, true, false or a number, as written) or a string's value.
    var text = ""
    var items: [JSONNode] = []
    var keys: [String] = []
    var members: [String: JSONNode] = [:]
    /// A dictionary's members are written sorted by key; a type's in the order it encoded them.
    var sorted = false

    func literal(_ text: String) {
        shape = .literal
        self.text = text
    }

    func makeObject(sorted: Bool) {
        guard shape != .object else { return }
        shape = .object
        self.sorted = sorted
        keys = []
        members = [:]
    }

    func makeArray() {
        guard shape != .array else { return }
        shape = .array
        items = []
    }

    /// The member for `key`, added at the end of the object if it is new; `fresh` replaces the
    /// value of an existing one (a key encoded twice keeps its place, not its old value).
    func member(_ key: String, fresh: Bool = false) -> JSONNode {
        if let existing = members[key] {
            guard fresh else { return existing }
            let node = JSONNode()
            members[key] = node
            return node
        }
        let node = JSONNode()
        keys.append(key)
        members[key] = node
        return node
    }

    func append() -> JSONNode {
        let node = JSONNode()
        items.append(node)
        return node
    }

    func set<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        switch value {
        case let v as String: shape = .string; text = v
        case let v as Bool: literal(v ? "true" : "false")
        case let v as any BinaryInteger: literal(String(describing: v))
        case let v as Double: literal(try Self.number(v, codingPath))
        case let v as Float: literal(try Self.number(Double(v), codingPath))
        case let v as URL: shape = .string; text = v.absoluteString
        default: try value.encode(to: NodeEncoder(node: self, codingPath: codingPath))
        }
    }

    static func number(_ value: Double, _ codingPath: [any CodingKey]) throws -> String {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "\(value) is not a JSON number"))
        }
        var text = value == 0 ? "0" : value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

struct NodeEncoder: Encoder {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        // The standard library encodes a `[String: V]` through `_DictionaryCodingKey`.
        node.makeObject(sorted: String(describing: Key.self) == "_DictionaryCodingKey")
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return UnkeyedNodeContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath)
    }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.member(key.stringValue).literal("null") }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try node.member(key.stringValue, fresh: true).set(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.member("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key])
    }
}

struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var count: Int { node.items.count }

    mutating func encodeNil() throws { node.append().literal("null") }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try node.append().set(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: node.append(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.append(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.append(), codingPath: codingPath)
    }
}

struct SingleNodeContainer: SingleValueEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.literal("null") }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try node.set(value, codingPath: codingPath)
    }
}

/// Writes a finished `JSONNode` tree as UTF-8: compact, or indented by two spaces with
/// `"key" : value` members, one per line; empty arrays and objects as `[]` and `{}`.
struct JSONTextWriter {
    let pretty: Bool
    var bytes: [UInt8] = []

    init(pretty: Bool) {
        self.pretty = pretty
        bytes.reserveCapacity(1 << 16)
    }

    mutating func write(_ node: JSONNode, depth: Int) throws {
        switch node.shape {
        case .unset: bytes.append(contentsOf: "{}".utf8)  // an Encodable that encoded nothing, as Foundation writes it
        case .literal: bytes.append(contentsOf: node.text.utf8)
        case .string: writeString(node.text)
        case .array:
            try writeContainer(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), count: node.items.count, depth: depth) { writer, i in
                try writer.write(node.items[i], depth: depth + 1)
            }
        case .object:
            let order = node.sorted ? node.keys.sorted() : node.keys
            try writeContainer(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), count: order.count, depth: depth) { writer, i in
                writer.writeString(order[i])
                writer.bytes.append(contentsOf: (writer.pretty ? " : " : ":").utf8)
                try writer.write(node.members[order[i]]!, depth: depth + 1)
            }
        }
    }

    private mutating func writeContainer(open: UInt8, close: UInt8, count: Int, depth: Int,
                                         item: (inout JSONTextWriter, Int) throws -> Void) throws {
        bytes.append(open)
        guard count > 0 else { bytes.append(close); return }
        for i in 0..<count {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            if pretty { newline(depth + 1) }
            try item(&self, i)
        }
        if pretty { newline(depth) }
        bytes.append(close)
    }

    private mutating func newline(_ depth: Int) {
        bytes.append(0x0A)
        bytes += repeatElement(UInt8(ascii: " "), count: depth * 2)
    }

    mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [0x5C, 0x22]
            case UInt8(ascii: "\\"): bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0x08: bytes += [0x5C, UInt8(ascii: "b")]
            case 0x0C: bytes += [0x5C, UInt8(ascii: "f")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: "\\u00".utf8)
                bytes += [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
