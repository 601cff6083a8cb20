import Foundation

/// What the parent asks a worker, one JSON object per line on the worker's stdin.
public struct WorkerRequest: Codable, Sendable {
    public var input: String
    /// `--out` mode: the worker writes the record here (atomically). Nil in `--ndjson` mode:
    /// the record comes back in the response.
    public var output: String?

    public init(input: String, output: String?) {
        self.input = input
        self.output = output
    }
}

/// A worker's answer, one JSON object per line on its stdout.
public struct WorkerResponse: Codable, Sendable, Equatable {
    public var ok: Bool
    /// The record as one compact JSON line (`--ndjson` mode).
    public var line: String?
    public var error: String?
    /// The exit status the one-file CLI would have given (65 unreadable, 66 missing, 74 output).
    public var exitStatus: Int32?

    public init(ok: Bool, line: String? = nil, error: String? = nil, exitStatus: Int32? = nil) {
        self.ok = ok
        self.line = line
        self.error = error
        self.exitStatus = exitStatus
    }
}
