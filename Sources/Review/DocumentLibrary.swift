import Extractor
import Foundation
import Schema
import Store

/// What the review server serves: a store (its records and reviews), the folders where the
/// original files are, and a disk cache of page images. Documents are addressed by sha256 only:
/// a file is found by the names the store saw it under, searched in `files`, and served only
/// when its bytes hash to that sha256. All store access is serialized (one lock).
final class DocumentLibrary: @unchecked Sendable {
    let store: ContractStore
    let files: [URL]
    let cache: URL
    private let lock = NSLock()
    /// Base name → paths under `files`, read once.
    private var byName: [String: [URL]]?
    private var located: [String: URL] = [:]
    private var texts: [String: String] = [:]

    init(store: ContractStore, files: [URL], cache: URL) {
        self.store = store
        self.files = files
        self.cache = cache
    }

    func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    static func isSHA256(_ s: String) -> Bool {
        s.utf8.count == 64 && s.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// The extracted record, its reviews and the reviewed record; nil when not stored.
    func document(_ sha: String) throws -> (extracted: ExtractionResult, reviewed: ExtractionResult, reviews: [Review])? {
        try locked {
            guard let record = try store.record(sha256: sha) else { return nil }
            let reviews = try store.reviews(sha256: sha)
            return (record, ReviewedRecord.applyApplicable(reviews, to: record), reviews)
        }
    }

    /// The original bytes of `sha`: a file under `files` named as the store saw it whose
    /// bytes hash to `sha`; nil when none is found.
    func bytes(_ sha: String) throws -> (data: Data, name: String)? {
        let names = try locked { try store.fileNames(sha256: sha) }
        if let url = locked({ located[sha] }), let data = try? Data(contentsOf: url) { return (data, url.lastPathComponent) }
        let index = locked { () -> [String: [URL]] in
            if let byName { return byName }
            var made: [String: [URL]] = [:]
            for root in files {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else { continue }
                if !isDirectory.boolValue {
                    made[root.lastPathComponent, default: []].append(root)
                    continue
                }
                let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
                while let url = walk?.nextObject() as? URL {
                    if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                        made[url.lastPathComponent, default: []].append(url)
                    }
                }
            }
            byName = made
            return made
        }
        for name in names {
            for url in index[name] ?? [] {
                guard let data = try? Data(contentsOf: url), Extractor.sha256(of: data) == sha else { continue }
                locked { located[sha] = url }
                return (data, name)
            }
        }
        return nil
    }

    /// Page `page` of `sha` as an image, rendered once and kept in `cache/<sha>/<page>.<ext>`.
    func pageImage(_ sha: String, page: Int) throws -> PageImage? {
        let dir = cache.appendingPathComponent(sha, isDirectory: true)
        for (ext, type) in [("png", "image/png"), ("jpg", "image/jpeg")] {
            if let data = try? Data(contentsOf: dir.appendingPathComponent("\(page).\(ext)")) { return PageImage(data: data, mediaType: type) }
        }
        guard let (data, name) = try bytes(sha) else { return nil }
        let image = try PageImage.render(data: data, fileName: name, page: page)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("\(page).\(image.mediaType == "image/jpeg" ? "jpg" : "png")")
        try image.data.write(to: file, options: .atomic)
        return image
    }

    /// The normalized text of `sha` (for documents without pages), read once; nil without the file.
    func text(_ sha: String) throws -> String? {
        if let text = locked({ texts[sha] }) { return text }
        guard let (data, name) = try bytes(sha) else { return nil }
        let text = try Extractor().read(data: data, fileName: name).text.string
        locked { texts[sha] = text }
        return text
    }

    func addReview(_ review: Review, sha256: String) throws -> Review {
        try locked { try store.addReview(review, sha256: sha256) }
    }

    func search(_ query: SearchQuery) throws -> ([SearchHit], [String: ContractStore.DocumentStatus]) {
        try locked { (try store.search(query), try store.documentStatuses()) }
    }
}
