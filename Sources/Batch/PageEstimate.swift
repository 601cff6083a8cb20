import Foundation

/// A page count for progress and ETA before any worker has opened the file, read from raw bytes
/// only (no PDF parser runs in the batch parent, so hostile input cannot hurt it): page objects
/// (`/Type /Page`, not `/Pages`) counted where they are not compressed; otherwise an estimate
/// from the size. Text: one page per 4 KB.
enum PageEstimate {
    static func pages(of data: Data, isPDF: Bool) -> Int {
        guard isPDF else { return max(1, data.count / 4096) }
        let counted = data.withUnsafeBytes { raw -> Int in countPageObjects(raw.bindMemory(to: UInt8.self)) }
        return counted > 0 ? counted : max(1, data.count / 100_000)
    }

    private static let type = Array("/Type".utf8), page = Array("/Page".utf8)

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ word: [UInt8]) -> Bool {
        guard at + word.count <= bytes.count else { return false }
        for k in 0..<word.count where bytes[at + k] != word[k] { return false }
        return true
    }

    private static func countPageObjects(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = 0
        var offset = 0
        while offset < bytes.count {
            guard let hit = memchr(base + offset, 0x2F, bytes.count - offset) else { break }
            var i = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            offset = i + 1
            guard matches(bytes, i, type) else { continue }
            i += type.count
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
            let plural = i + page.count < bytes.count && bytes[i + page.count] == 0x73  // "/Pages"
            if matches(bytes, i, page), !plural { count += 1 }
            offset = max(offset, i)
        }
        return count
    }
}
