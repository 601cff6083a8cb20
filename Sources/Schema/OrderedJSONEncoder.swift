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
///
/// The text is written while the value encodes, with no tree of the value in between (a record
/// of 50 MB of text is ~190 MB of JSON, and a tree of it cost several times that in memory), and
/// moved into the result in chunks as it is finished. Only a dictionary's members wait, to be
/// sorted when it closes. A key encoded twice in one object is an error (`EncodingError`): the
/// record types never do it, and what was written is not taken back.
struct OrderedJSONEncoder {
    var pretty: Bool

    /// Encodes `value`, handing the text to `sink` in pieces (about 1 MB each, in order) as it is
    /// finished; `trailer` is written after the value.
    func encode<T: Encodable>(_ value: T, trailer: [UInt8] = [], to sink: (Data) -> Void) throws {
        try withoutActuallyEscaping(sink) { sink in
            let writer = JSONStreamWriter(pretty: pretty, sink: sink)
            try writer.encodeValue(value, path: nil)
            if let repeated = writer.repeatedKey {
                throw EncodingError.invalidValue(value, .init(codingPath: repeated.path, debugDescription: "the key \"\(repeated.key)\" was encoded twice in one object"))
            }
            writer.finish(trailer: trailer)
        }
    }
}

/// The coding path of a container, kept as links to its parent so that encoding builds no
/// array per member; the array is made only when someone asks (an error message).
final class CodingPathLink {
    let key: any CodingKey
    let parent: CodingPathLink?

    init(_ key: any CodingKey, parent: CodingPathLink?) {
        self.key = key
        self.parent = parent
    }

    static func keys(_ link: CodingPathLink?) -> [any CodingKey] {
        var keys: [any CodingKey] = []
        var link = link
        while let current = link {
            keys.append(current.key)
            link = current.parent
        }
        return keys.reversed()
    }
}

/// The JSON text under construction and the containers open in it, innermost last. A container
/// is closed when the value that opened it has finished encoding, or when its parent writes
/// its next member, whichever comes first.
final class JSONStreamWriter {
    let pretty: Bool
    /// Where the finished text goes, a chunk at a time.
    private let sink: (Data) -> Void
    /// The text not yet handed to `sink`; `flushed` bytes came before it.
    private var bytes: [UInt8] = []
    private var flushed = 0
    /// The first key found twice in one object, and where.
    private(set) var repeatedKey: (key: String, path: [any CodingKey])?

    private struct Frame {
        var isObject: Bool
        var sorted: Bool
        /// Tells a container that is still open from a later one at the same level.
        var serial: Int
        /// Where the container's opening bracket is, counted from the start of the text.
        var openedAt: Int
        var count = 0
        /// Where this container's entries start in `members` (objects only).
        var firstMember: Int
    }

    /// One member of an open object: its key and where it starts (after the comma), counted
    /// from the start of the text.
    private struct Member {
        var key: String
        var start: Int
    }

    private var frames: [Frame] = []
    private var members: [Member] = []
    /// Where the outermost open dictionary starts: nothing from there on may leave `bytes`
    /// before it is sorted.
    private var pinnedAt: Int?
    private static let chunk = 1 << 20
    /// Counts every value begun (a scalar written or a container opened).
    private var values = 0
    /// Whether a keyed container's key type is the standard library's dictionary key (its
    /// members are then sorted), per key type.
    private var dictionaryKeyTypes: [ObjectIdentifier: Bool] = [:]

    init(pretty: Bool, sink: @escaping (Data) -> Void) {
        self.pretty = pretty
        self.sink = sink
        bytes.reserveCapacity(1 << 16)
    }

    /// Closes the containers still open and hands over the rest of the text and `trailer`.
    func finish(trailer: [UInt8]) {
        close(downTo: 0)
        bytes += trailer
        sink(Data(bytes))
        flushed += bytes.count
        bytes = []
    }

    /// Hands finished text to `sink` once a chunk of it has gathered.
    private func flushIfFull() {
        guard bytes.count >= Self.chunk else { return }
        let n = (pinnedAt ?? (flushed + bytes.count)) - flushed
        guard n >= Self.chunk / 2 else { return }
        sink(Data(bytes[..<n]))
        bytes.removeSubrange(..<n)
        flushed += n
    }

    var depth: Int { frames.count }

    // MARK: values

    /// Encodes `value` at the current position; every container it opens is closed when it
    /// returns. A value that encoded nothing is written `{}`, as Foundation writes it. The path
    /// is made only for a value that needs an encoder of its own (or fails).
    func encodeValue<T: Encodable>(_ value: T, path: @autoclosure () -> CodingPathLink?) throws {
        // Scalars by their type alone: a comparison of two pointers, where a cast (`as? Int`)
        // is a call into the runtime for every value. Only concrete types: a cast to a protocol
        // (`as any BinaryInteger`) made the runtime scan every conformance in the binary once
        // per encoded type, a fifth of the start-up of a small conversion.
        if T.self == String.self { return string(Self.cast(value, String.self)) }
        if T.self == Int.self { return literal(String(Self.cast(value, Int.self))) }
        if T.self == Double.self { return literal(try Self.number(Self.cast(value, Double.self), path())) }
        if T.self == Bool.self { return literal(Self.cast(value, Bool.self) ? "true" : "false") }
        if T.self == Int64.self { return literal(String(Self.cast(value, Int64.self))) }
        if T.self == Int32.self { return literal(String(Self.cast(value, Int32.self))) }
        if T.self == Int16.self { return literal(String(Self.cast(value, Int16.self))) }
        if T.self == Int8.self { return literal(String(Self.cast(value, Int8.self))) }
        if T.self == UInt.self { return literal(String(Self.cast(value, UInt.self))) }
        if T.self == UInt64.self { return literal(String(Self.cast(value, UInt64.self))) }
        if T.self == UInt32.self { return literal(String(Self.cast(value, UInt32.self))) }
        if T.self == UInt16.self { return literal(String(Self.cast(value, UInt16.self))) }
        if T.self == UInt8.self { return literal(String(Self.cast(value, UInt8.self))) }
        if T.self == Float.self { return literal(try Self.number(Double(Self.cast(value, Float.self)), path())) }
        if T.self == URL.self { return string((Self.cast(value, URL.self)).absoluteString) }
        let level = frames.count, before = values
        try value.encode(to: StreamEncoder(writer: self, path: path()))
        close(downTo: level)
        if values == before { literal("{}") }
    }

    /// `value` as the type it was just compared equal to; no runtime cast.
    @inline(__always)
    private static func cast<T, U>(_ value: T, _ type: U.Type) -> U {
        unsafeBitCast(value, to: type)
    }

    func literal(_ text: String) {
        values += 1
        bytes.append(contentsOf: text.utf8)
    }

    func string(_ text: String) {
        values += 1
        writeString(text)
    }

    static func number(_ value: Double, _ path: CodingPathLink?) throws -> String {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: CodingPathLink.keys(path), debugDescription: "\(value) is not a JSON number"))
        }
        var text = value == 0 ? "0" : value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    // MARK: containers

    func isDictionaryKey<Key: CodingKey>(_ type: Key.Type) -> Bool {
        let id = ObjectIdentifier(type)
        if let known = dictionaryKeyTypes[id] { return known }
        // The standard library encodes a `[String: V]` through `_DictionaryCodingKey`. The name
        // comes from `_typeName`: `String(describing:)` first asks the metatype for three
        // protocols, each a scan of every conformance in the binary for a new type.
        let isDictionary = _typeName(type, qualified: false) == "_DictionaryCodingKey"
        dictionaryKeyTypes[id] = isDictionary
        return isDictionary
    }

    /// A container's place in the stack: its level, and the serial that tells it from a later
    /// container at the same level.
    struct Handle {
        let level: Int
        let serial: Int
    }

    /// Opens an object or array at the current position.
    func open(object: Bool, sorted: Bool = false) -> Handle {
        values += 1
        let at = flushed + bytes.count
        if sorted, pinnedAt == nil { pinnedAt = at }
        bytes.append(object ? UInt8(ascii: "{") : UInt8(ascii: "["))
        frames.append(Frame(isObject: object, sorted: sorted, serial: values, openedAt: at, firstMember: members.count))
        return Handle(level: frames.count - 1, serial: values)
    }

    /// Closes what is open inside the container, which must itself still be open: a container
    /// written to after its parent moved on would put its text in the wrong place.
    private func reopen(_ handle: Handle) {
        close(downTo: handle.level + 1)
        precondition(frames.count == handle.level + 1 && frames[handle.level].serial == handle.serial,
                     "a JSON container was written to after its parent had moved on")
        flushIfFull()
    }

    /// Starts the next item of the array `handle`: closes what is open inside it, writes the
    /// separator.
    func beginItem(_ handle: Handle) {
        reopen(handle)
        separate(handle.level)
    }

    /// Starts the member `key` of the object `handle`: closes what is open inside it, writes
    /// the separator and the key. A key already in the object is noted (`repeatedKey`).
    func beginMember(_ key: String, _ handle: Handle, path: @autoclosure () -> [any CodingKey]) {
        reopen(handle)
        if repeatedKey == nil, members[frames[handle.level].firstMember...].contains(where: { $0.key == key }) {
            repeatedKey = (key, path())
        }
        separate(handle.level)
        members.append(Member(key: key, start: flushed + bytes.count))
        writeString(key)
        bytes.append(contentsOf: (pretty ? " : " : ":").utf8)
    }

    private func separate(_ level: Int) {
        if frames[level].count > 0 { bytes.append(UInt8(ascii: ",")) }
        frames[level].count += 1
        if pretty { newline(level + 1) }
    }

    /// Closes every container at `level` and deeper.
    func close(downTo level: Int) {
        while frames.count > level {
            let frame = frames.removeLast()
            if frame.sorted {
                sortMembers(frame)
                if pinnedAt == frame.openedAt { pinnedAt = nil }
            }
            members.removeSubrange(frame.firstMember...)
            if frame.count > 0, pretty { newline(frames.count) }
            bytes.append(frame.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        }
    }

    /// Rewrites the members of a closing dictionary sorted by key.
    private func sortMembers(_ frame: Frame) {
        let entries = members[frame.firstMember...]
        guard let first = entries.first, entries.count > 1 else { return }
        let separator = 1 + (pretty ? 1 + 2 * (frames.count + 1) : 0)  // comma, newline, indent
        var ends = entries.dropFirst().map { $0.start - flushed - separator }
        ends.append(bytes.count)
        // Ranges, not slices: a slice kept alive would make the replacement copy all of `bytes`.
        let pieces = zip(entries, ends).map { (key: $0.key, range: ($0.start - flushed)..<$1) }
        var text: [UInt8] = []
        for (i, piece) in pieces.sorted(by: { $0.key < $1.key }).enumerated() {
            if i > 0 {
                text.append(UInt8(ascii: ","))
                if pretty { newline(frames.count + 1, into: &text) }
            }
            text += bytes[piece.range]
        }
        bytes.replaceSubrange((first.start - flushed)..., with: text)
    }

    // MARK: text

    private func newline(_ depth: Int) {
        newline(depth, into: &bytes)
    }

    private func newline(_ depth: Int, into text: inout [UInt8]) {
        text.append(0x0A)
        text += repeatElement(UInt8(ascii: " "), count: depth * 2)
    }

    func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var clean = 0  // start of the bytes not yet copied
            for (i, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<i]))
                clean = i + 1
                switch byte {
                case UInt8(ascii: "\""): bytes += [0x5C, 0x22]
                case UInt8(ascii: "\\"): bytes += [0x5C, 0x5C]
                case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
                case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
                case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
                case 0x08: bytes += [0x5C, UInt8(ascii: "b")]
                case 0x0C: bytes += [0x5C, UInt8(ascii: "f")]
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: "\\u00".utf8)
                    bytes += [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

struct StreamEncoder: Encoder {
    let writer: JSONStreamWriter
    let path: CodingPathLink?
    var codingPath: [any CodingKey] { CodingPathLink.keys(path) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let handle = writer.open(object: true, sorted: writer.isDictionaryKey(type))
        return KeyedEncodingContainer(KeyedStreamContainer<Key>(writer: writer, handle: handle, path: path))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedStreamContainer(writer: writer, handle: writer.open(object: false), path: path)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleStreamContainer(writer: writer, path: path)
    }
}

struct KeyedStreamContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONStreamWriter
    let handle: JSONStreamWriter.Handle
    let path: CodingPathLink?
    var codingPath: [any CodingKey] { CodingPathLink.keys(path) }

    mutating func encodeNil(forKey key: Key) throws {
        writer.beginMember(key.stringValue, handle, path: CodingPathLink.keys(path) + [key])
        writer.literal("null")
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        writer.beginMember(key.stringValue, handle, path: CodingPathLink.keys(path) + [key])
        try writer.encodeValue(value, path: CodingPathLink(key, parent: path))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        writer.beginMember(key.stringValue, handle, path: CodingPathLink.keys(path) + [key])
        return StreamEncoder(writer: writer, path: CodingPathLink(key, parent: path)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        writer.beginMember(key.stringValue, handle, path: CodingPathLink.keys(path) + [key])
        return StreamEncoder(writer: writer, path: CodingPathLink(key, parent: path)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        writer.beginMember("super", handle, path: CodingPathLink.keys(path))
        return StreamEncoder(writer: writer, path: path)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        writer.beginMember(key.stringValue, handle, path: CodingPathLink.keys(path) + [key])
        return StreamEncoder(writer: writer, path: CodingPathLink(key, parent: path))
    }
}

struct UnkeyedStreamContainer: UnkeyedEncodingContainer {
    let writer: JSONStreamWriter
    let handle: JSONStreamWriter.Handle
    let path: CodingPathLink?
    var count = 0
    var codingPath: [any CodingKey] { CodingPathLink.keys(path) }

    mutating func encodeNil() throws {
        writer.beginItem(handle)
        count += 1
        writer.literal("null")
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        writer.beginItem(handle)
        count += 1
        try writer.encodeValue(value, path: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        writer.beginItem(handle)
        count += 1
        return StreamEncoder(writer: writer, path: path).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        writer.beginItem(handle)
        count += 1
        return StreamEncoder(writer: writer, path: path).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        writer.beginItem(handle)
        count += 1
        return StreamEncoder(writer: writer, path: path)
    }
}

struct SingleStreamContainer: SingleValueEncodingContainer {
    let writer: JSONStreamWriter
    let path: CodingPathLink?
    var codingPath: [any CodingKey] { CodingPathLink.keys(path) }

    mutating func encodeNil() throws { writer.literal("null") }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try writer.encodeValue(value, path: path)
    }
}
