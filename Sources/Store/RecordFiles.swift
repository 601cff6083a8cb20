import Foundation
import Schema

/// Records already written by `convert -o` or `batch`: a folder of `*.json` records (searched
/// recursively, hidden entries skipped, in path order), one `.json` record, or an NDJSON file
/// (one record a line).
/// Each record is decoded through the Schema types; a file or line that is not a record is
/// reported to `onProblem` (naming it) and skipped, never fatal.
public enum RecordFiles {
    public struct Problem: Sendable, CustomStringConvertible {
        public var origin: String
        public var reason: String
        public var description: String { "\(origin): \(reason)" }
    }

    /// Calls `body` with each record and its JSON text; throws only if `path` cannot be read.
    public static func forEach(in path: String, onProblem: (Problem) -> Void,
                               _ body: (ExtractionResult, String) throws -> Void) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw StoreError(.missing, store: path, reason: "no such file or directory")
        }
        if isDirectory.boolValue {
            for file in jsonFiles(under: path) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    onProblem(Problem(origin: file, reason: "cannot read"))
                    continue
                }
                try decode(data, origin: file, onProblem: onProblem, body)
            }
        } else if path.lowercased().hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw StoreError(.missing, store: path, reason: "cannot read")
            }
            try decode(data, origin: path, onProblem: onProblem, body)
        } else {
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
                throw StoreError(.missing, store: path, reason: "cannot read")
            }
            var line = 0, cursor = data.startIndex
            while cursor < data.endIndex {
                let end = data[cursor...].firstIndex(of: 0x0A) ?? data.endIndex
                line += 1
                if end > cursor { try decode(data[cursor..<end], origin: "\(path):\(line)", onProblem: onProblem, body) }
                cursor = end == data.endIndex ? end : end + 1
            }
        }
    }

    private static func decode(_ data: Data, origin: String, onProblem: (Problem) -> Void,
                               _ body: (ExtractionResult, String) throws -> Void) throws {
        let record: ExtractionResult
        do {
            record = try JSONCoding.decode(ExtractionResult.self, from: data)
        } catch {
            onProblem(Problem(origin: origin, reason: "not a contract-extract record"))
            return
        }
        try body(record, String(decoding: data, as: UTF8.self))
    }

    /// `*.json` files under `root`, sorted by path, hidden names and batch bookkeeping skipped.
    static func jsonFiles(under root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(at: URL(fileURLWithPath: root), includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else { return [] }
        var files: [String] = []
        for case let url as URL in walker where url.pathExtension == "json" {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true { files.append(url.path) }
        }
        return files.sorted()
    }
}
