import Foundation

/// What the parent asks a worker, one JSON object per line on the worker's stdin.
public struct WorkerRequest: Codable, Sendable {
    /// The input's path as shown to people (errors name it).
    public var input: String
    /// The path's exact bytes in hex when they are not UTF-8 (the worker opens those).
    public var inputHex: String?
    /// `--out` mode: the worker writes the record here (durably). Nil in `--ndjson` mode: the
    /// record comes back after the response line.
    public var output: String?
    /// The worker's own deadline for this file (seconds) and base + per-page allowance: the
    /// parent's deadline plus a grace, so a worker whose parent is gone still stops.
    public var timeout: Double?
    public var secondsPerPage: Double?

    public init(input: String, inputHex: String? = nil, output: String?, timeout: Double? = nil, secondsPerPage: Double? = nil) {
        self.input = input
        self.inputHex = inputHex
        self.output = output
        self.timeout = timeout
        self.secondsPerPage = secondsPerPage
    }
}

/// A worker's answer, one JSON object per line on its stdout. An `interim` line (`pages`) may
/// come first, as soon as the worker knows the page count; then the final one. When `bytes` is
/// set, exactly that many bytes follow the line — the record, compact JSON with no newline —
/// then one newline: the record is never escaped into a string or copied whole again.
public struct WorkerResponse: Codable, Sendable, Equatable {
    public var ok: Bool
    public var error: String?
    /// The exit status the one-file CLI would have given (65 unreadable, 66 missing, 74 output).
    public var exitStatus: Int32?
    /// Length of the record that follows (`--ndjson` mode).
    public var bytes: Int?
    /// Pages of the input (PDF page count, or text size / 4 KB).
    public var pages: Int?
    /// True for the early line that only reports `pages`.
    public var interim: Bool?

    public init(ok: Bool, error: String? = nil, exitStatus: Int32? = nil, bytes: Int? = nil, pages: Int? = nil, interim: Bool? = nil) {
        self.ok = ok
        self.error = error
        self.exitStatus = exitStatus
        self.bytes = bytes
        self.pages = pages
        self.interim = interim
    }
}

/// Time allowed for one file: `base` seconds plus `perPage` for each PDF page or `perMegabyte`
/// for each MB of text. An explicit `--timeout` is the cap for every file instead. A page gets a
/// minute: PP-OCR takes ~16 CPU-s for a 200-dpi A4 page on a 2.0 GHz Xeon core (measured), and a
/// worker sharing its core with another worker or the machine's other work takes two to three
/// times that; at 20 s a page an 8-page scan timed out in a batch on a busy 2-core machine. The
/// timeout is there to stop a hung conversion, not to race a slow one.
public struct TimeoutPolicy: Sendable, Equatable {
    public var base: Double
    public var perPage: Double
    public var perMegabyte: Double = 10
    /// `--timeout N`: N seconds for any file, whatever its length.
    public var fixed: Double?

    public static let standard = TimeoutPolicy(base: 60, perPage: 60, fixed: nil)

    public init(base: Double, perPage: Double, fixed: Double?) {
        self.base = base
        self.perPage = perPage
        self.fixed = fixed
    }

    /// Seconds for a PDF of `pages` pages (nil: not known yet — the base alone), or for a text
    /// of `textBytes` bytes.
    public func seconds(pages: Int?, textBytes: Int? = nil) -> Double {
        if let fixed { return fixed }
        if let textBytes { return base + perMegabyte * Double(textBytes) / 1_048_576 }
        return base + perPage * Double(max(pages ?? 0, 0))
    }
}
