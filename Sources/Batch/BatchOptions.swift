import Foundation

/// How a batch runs. Defaults follow docs: all cores, 60 s + 60 s a page per file, workers
/// recycled every 50 files.
public struct BatchOptions: Sendable {
    public enum Destination: Sendable, Equatable {
        /// One `<relative path>.json` per input under this directory, written durably.
        case directory(URL)
        /// One line per input appended to this file, each synced before it counts.
        case ndjson(URL)
    }

    public var destination: Destination
    public var jobs: Int
    /// Seconds one file may take in a worker, OCR included.
    public var timeout: TimeoutPolicy
    /// A worker above this resident size is killed and its file reported `out of memory`.
    public var memoryLimitMB: Int
    /// A worker is replaced after this many files, shedding whatever it leaked.
    public var recycleAfter: Int
    /// Redo inputs already converted.
    public var force: Bool
    public var shard: Shard?
    /// The `contract-extract` executable and the arguments that start a worker.
    public var workerExecutable: URL
    public var workerArguments: [String]

    public init(destination: Destination, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, timeout: TimeoutPolicy = .standard,
                memoryLimitMB: Int = 4096, recycleAfter: Int = 50, force: Bool = false, shard: Shard? = nil,
                workerExecutable: URL, workerArguments: [String]) {
        self.destination = destination
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.memoryLimitMB = memoryLimitMB
        self.recycleAfter = max(1, recycleAfter)
        self.force = force
        self.shard = shard
        self.workerExecutable = workerExecutable
        self.workerArguments = workerArguments
    }

    /// Where the failures report goes: `failures.ndjson` in the output directory, or
    /// `<file>.failures.ndjson` beside the NDJSON file; a shard's has its label
    /// (`failures.2-of-8.ndjson`), so shards sharing one output keep their own.
    public var failuresURL: URL {
        let label = shard.map { ".\($0.label)" } ?? ""
        switch destination {
        case .directory(let dir): return dir.appendingPathComponent("failures\(label).ndjson")
        case .ndjson(let file): return file.deletingLastPathComponent().appendingPathComponent(file.lastPathComponent + ".failures\(label).ndjson")
        }
    }

    /// Paths that belong to the output and are never inputs.
    var outputPaths: [String] {
        switch destination {
        case .directory(let dir): [dir.path]
        case .ndjson(let file): [file.path, file.path + ".lock", file.path + ".quarantine", failuresURL.path]
        }
    }
}

/// One input that was not converted, as `failures.ndjson` lists it: `kind` is `failed` (it
/// could not be converted: the error says why) or `unsupported` (a format, hidden file or
/// entry that `batch` does not convert).
public struct BatchFailure: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case failed, unsupported }
    public var path: String
    /// The path's exact bytes in hex when they are not UTF-8 (`path` shows them as `\xNN`).
    public var pathHex: String?
    public var sha256: String?
    public var error: String
    public var exitStatus: Int32
    public var kind: Kind

    public init(path: String, pathHex: String? = nil, sha256: String? = nil, error: String, exitStatus: Int32, kind: Kind = .failed) {
        self.path = path
        self.pathHex = pathHex
        self.sha256 = sha256
        self.error = error
        self.exitStatus = exitStatus
        self.kind = kind
    }

    /// One line for people, always naming the file.
    public var message: String {
        error.contains(path) ? error : "\(path): \(error)"
    }
}

/// What a batch did. `converted` counts records durably written; every input found is in
/// exactly one of converted, failed, unsupported, skipped (done before).
public struct BatchSummary: Sendable, Equatable {
    public var converted = 0
    public var failed = 0
    public var unsupported = 0
    public var skipped = 0
    public var seconds = 0.0
    public var failures: [BatchFailure] = []
    /// Set when `failures.ndjson` itself could not be written (the failures are then printed).
    public var failuresWriteError: String?
    /// Peak resident memory of this process and of the largest worker (killed ones included).
    public var parentPeakMB = 0
    public var workerPeakMB = 0

    /// Some record could not be written (disk full, I/O error): exit status 74.
    public var outputFailed: Bool { failures.contains { $0.exitStatus == 74 } }

    public var line: String {
        String(format: "converted %d, failed %d, unsupported %d, skipped %d, %.1f s", converted, failed, unsupported, skipped, seconds)
    }
}
