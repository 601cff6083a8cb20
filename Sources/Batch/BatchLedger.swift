import Foundation
import Schema

/// What is already done, so a rerun after a crash (even `kill -9`) skips finished inputs, redoes
/// unfinished ones and never writes a record twice.
/// - `--out DIR`: records are renamed into place whole; `.batch-journal` lists `sha256 name` after
///   each rename. An input is done when the journal names it and the file is there — or, for a
///   crash between rename and journal, when the file's own `source.sha256` is the input's.
/// - `--ndjson FILE`: the file is its own journal. On resume a torn last line (killed
///   mid-write) is cut off, and the digests of the records in it are done.
final class BatchLedger: @unchecked Sendable {
    private let destination: BatchOptions.Destination
    private let lock = NSLock()
    private var done: Set<String> = []
    private var sink: FileHandle?

    init(destination: BatchOptions.Destination, force: Bool) throws {
        self.destination = destination
        switch destination {
        case .directory(let dir):
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let journal = dir.appendingPathComponent(".batch-journal")
            if force { try? FileManager.default.removeItem(at: journal) }
            if !FileManager.default.fileExists(atPath: journal.path) {
                guard FileManager.default.createFile(atPath: journal.path, contents: nil) else { throw LedgerError.unwritable(dir.path) }
            }
            for line in (try? String(contentsOf: journal, encoding: .utf8))?.split(separator: "\n") ?? [] {
                let parts = line.split(separator: " ", maxSplits: 1)
                if parts.count == 2, FileManager.default.fileExists(atPath: dir.appendingPathComponent(String(parts[1])).path) {
                    done.insert("\(parts[0]) \(parts[1])")
                }
            }
            sink = try FileHandle(forWritingTo: journal)
        case .ndjson(let file):
            if force { try? FileManager.default.removeItem(at: file) }
            if !FileManager.default.fileExists(atPath: file.path) {
                guard FileManager.default.createFile(atPath: file.path, contents: nil) else { throw LedgerError.unwritable(file.path) }
            }
            var data = try Data(contentsOf: file)
            if let last = data.lastIndex(of: 0x0A), last != data.count - 1 {
                data = data.prefix(through: last)  // a torn last line
                try data.write(to: file)
            } else if !data.isEmpty, data.last != 0x0A {
                data = Data()
                try data.write(to: file)
            }
            for line in data.split(separator: 0x0A) {
                if let record = try? JSONDecoder().decode(ExtractionResult.self, from: line) {
                    done.insert("\(record.source.sha256) \(record.source.fileName)")
                }
            }
            sink = try FileHandle(forWritingTo: file)
        }
        try sink?.seekToEnd()
    }

    deinit { try? sink?.close() }

    /// Inputs are told apart by digest and name: two files with the same bytes under two names
    /// each get their record.
    private func key(_ input: BatchInput) -> String {
        switch destination {
        case .directory: "\(input.sha256) \(input.outputName)"
        case .ndjson: "\(input.sha256) \(URL(fileURLWithPath: input.path).lastPathComponent)"
        }
    }

    func isDone(_ input: BatchInput) -> Bool {
        if lock.withLock({ done.contains(key(input)) }) { return true }
        // `--out`: renamed into place, killed before the journal line.
        if case .directory(let dir) = destination,
           let data = try? Data(contentsOf: dir.appendingPathComponent(input.outputName)),
           let existing = try? JSONDecoder().decode(ExtractionResult.self, from: data), existing.source.sha256 == input.sha256 {
            record(input, line: nil)
            return true
        }
        return false
    }

    /// Marks an input done: the journal line (`--out`, after the worker's rename) or the record
    /// line itself (`--ndjson`), one write each, under the lock.
    func record(_ input: BatchInput, line: String?) {
        lock.withLock {
            guard done.insert(key(input)).inserted else { return }
            let text: String
            switch destination {
            case .directory: text = "\(input.sha256) \(input.outputName)\n"
            case .ndjson: text = (line ?? "") + "\n"
            }
            try? sink?.write(contentsOf: Data(text.utf8))
        }
    }

    enum LedgerError: Error, CustomStringConvertible {
        case unwritable(String)
        var description: String {
            switch self { case .unwritable(let path): "\(path): cannot write output (permission denied or no such directory)" }
        }
    }
}
