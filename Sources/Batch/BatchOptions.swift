import Foundation

/// How a batch runs. Defaults follow docs: all cores, 120 s per file, workers recycled every
/// 50 files.
public struct BatchOptions: Sendable {
    public enum Destination: Sendable, Equatable {
        /// One `<name>.json` per input in this directory, written atomically.
        case directory(URL)
        /// One line per input appended to this file.
        case ndjson(URL)
    }

    public var destination: Destination
    public var jobs: Int
    /// Seconds one file may take in a worker, OCR included.
    public var timeout: TimeInterval
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

    public init(destination: Destination, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, timeout: TimeInterval = 120,
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
    /// `<file>.failures.ndjson` beside the NDJSON file.
    public var failuresURL: URL {
        switch destination {
        case .directory(let dir): dir.appendingPathComponent("failures.ndjson")
        case .ndjson(let file): file.deletingLastPathComponent().appendingPathComponent(file.lastPathComponent + ".failures.ndjson")
        }
    }
}

/// One input that could not be converted, as `failures.ndjson` lists it.
public struct BatchFailure: Codable, Sendable, Equatable {
    public var path: String
    public var sha256: String?
    public var error: String
    public var exitStatus: Int32
}

/// What a batch did.
public struct BatchSummary: Sendable, Equatable {
    public var converted = 0
    public var failed = 0
    public var skipped = 0
    public var seconds = 0.0
    public var failures: [BatchFailure] = []
    /// Peak resident memory of this process and of the largest worker (those retired normally).
    public var parentPeakMB = 0
    public var workerPeakMB = 0

    public var line: String {
        String(format: "converted %d, failed %d, skipped %d, %.1f s", converted, failed, skipped, seconds)
    }
}
