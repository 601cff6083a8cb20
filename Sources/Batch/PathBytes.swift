import Foundation

/// File names as the file system has them: bytes, not necessarily UTF-8 (archives made on
/// Windows often carry GBK names). Everything here is lossless: `display` is for people and
/// JSON, `hex` keeps the exact bytes.
enum PathBytes {
    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    /// UTF-8 as is; any byte that is not part of valid UTF-8 shown as `\xNN`.
    static func display(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var out = ""
        var i = 0
        while i < bytes.count {
            var matched = false
            for length in (1...4).reversed() where i + length <= bytes.count {
                if let piece = String(validating: bytes[i..<i + length], as: UTF8.self) {
                    out += piece
                    i += length
                    matched = true
                    break
                }
            }
            if !matched {
                out += String(format: "\\x%02X", bytes[i])
                i += 1
            }
        }
        return out
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    static func fromHex(_ text: String) -> [UInt8]? {
        let chars = Array(text.utf8)
        guard chars.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(chars.count / 2)
        var i = 0
        while i < chars.count {
            guard let byte = UInt8(String(decoding: chars[i..<i + 2], as: UTF8.self), radix: 16) else { return nil }
            out.append(byte)
            i += 2
        }
        return out
    }

    /// The longest prefix of `bytes` that is valid UTF-8 and at most `limit` bytes long.
    static func utf8Prefix(_ bytes: [UInt8], limit: Int) -> String {
        var end = min(limit, bytes.count)
        while end > 0 {
            if let text = String(validating: bytes[0..<end], as: UTF8.self) { return text }
            end -= 1
        }
        return ""
    }

    /// 64-bit FNV-1a of the bytes, 16 hex digits: names a shortened file name, stably.
    static func nameHash(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return String(format: "%016llx", hash)
    }

    /// The base name (bytes after the last `/`).
    static func baseName(_ path: [UInt8]) -> [UInt8] {
        if let slash = path.lastIndex(of: 0x2F) { return Array(path[(slash + 1)...]) }
        return path
    }

    /// Opens the file at these bytes read-only and hands `/proc/self/fd/N` to `body`, so APIs that
    /// take a URL can read files whose names are not UTF-8.
    static func withOpenFile<T>(_ path: [UInt8], _ body: (URL) throws -> T) throws -> T {
        let fd = (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_RDONLY | O_CLOEXEC) }
        }
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        return try body(URL(fileURLWithPath: "/proc/self/fd/\(fd)"))
    }

    static func cString<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { body($0) }
        }
    }
}
