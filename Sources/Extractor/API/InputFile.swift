import Foundation

/// Loads input files with the checks that give clear errors: missing, a directory, unreadable,
/// too large. Decides the format by content (`%PDF-` near the start), not by extension.
enum InputFile {
    static func load(_ url: URL, limit: Int) throws -> Data {
        // One stat(2) for existence, kind and size: FileManager's attribute dictionary cost a
        // millisecond of a small conversion's start-up.
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw ExtractionError.notFound(url.relativePath) }
        if info.st_mode & S_IFMT == S_IFDIR { throw ExtractionError.isDirectory(url.relativePath) }
        let size = Int(info.st_size)
        if size > limit { throw ExtractionError.tooLarge(url.relativePath, bytes: size, limit: limit) }
        do {
            return try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw ExtractionError.unreadable(url.relativePath, reason: (error as NSError).localizedDescription)
        }
    }

    /// PDF readers accept `%PDF-` anywhere in the first 1024 bytes.
    static func isPDF(_ data: Data) -> Bool {
        let head = data.prefix(1024)
        let marker: [UInt8] = Array("%PDF-".utf8)
        guard head.count >= marker.count else { return false }
        return head.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            for i in 0...(bytes.count - marker.count) where bytes[i] == 0x25 {
                if Array(bytes[i..<i + marker.count]) == marker { return true }
            }
            return false
        }
    }
}
