import Foundation

/// The PP-OCRv4 worker process (`scripts/ocr-worker.py`, protocol in docs/ocr-worker.md): started
/// once, its model loaded once, then one request and one answer per page over its stdin and
/// stdout. Its stderr is discarded (onnxruntime's warnings are not ours to show). The process
/// ends when this object goes: its stdin closes and it exits.
final class PPOCRWorker {
    /// The worker's answer for one page, as decoded from its JSON.
    struct Answer: Decodable {
        struct Char: Decodable {
            var text: String
            var box: [[Double]]
            var score: Double
            /// The line's text had a space right before this character.
            var space: Bool?
        }
        struct Line: Decodable {
            var box: [[Double]]
            var text: String
            var score: Double
            var chars: [Char]
        }
        var lines: [Line]?
        /// Degrees clockwise the page was turned to be read (boxes are on the page as sent).
        var rotation: Int?
        var error: String?
    }

    private struct Ready: Decodable {
        var ready: Bool
        var error: String?
        var version: String?
    }

    /// The largest answer accepted (a page of text is a few hundred kilobytes of JSON).
    static let maxAnswerBytes = 64 << 20
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var launched = false
    private var stopped = false
    private(set) var version = "?"

    /// Starts the worker and waits for its model to load. Throws `OCRError.unavailable` naming
    /// what is missing: the interpreter, the script, the Python module (its own message).
    init(location: OCRWorkerLocation, threads: Int = 0) throws {
        guard FileManager.default.isExecutableFile(atPath: location.python) else {
            throw OCRError.unavailable("no Python at \(location.python) (run `make setup`, or set CONTRACT_EXTRACT_PYTHON)")
        }
        guard FileManager.default.fileExists(atPath: location.script) else {
            throw OCRError.unavailable("the OCR worker script \(location.script) is missing (set CONTRACT_EXTRACT_OCR_WORKER)")
        }
        process.executableURL = URL(fileURLWithPath: location.python)
        process.arguments = ["-u", location.script]
        var environment = ProcessInfo.processInfo.environment
        // ONNX Runtime's threads: all cores unless the caller (or `batch`, whose workers are the
        // parallelism) says otherwise through CONTRACT_EXTRACT_OCR_THREADS.
        if threads > 0 { environment["CONTRACT_EXTRACT_OCR_THREADS"] = "\(threads)" }
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        // A worker that dies must turn a write into an error, not kill this process.
        signal(SIGPIPE, SIG_IGN)
        // A dispatch thread (`OCRQueue` starts the worker on one) blocks most signals, and a child
        // inherits the mask: a worker blocking SIGTERM would outlive `terminate()`. It starts
        // with none blocked.
        var none = sigset_t(), saved = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, &saved)
        defer { pthread_sigmask(SIG_SETMASK, &saved, nil) }
        do {
            try process.run()
            launched = true
        } catch {
            throw OCRError.unavailable("\(location.python) cannot be started: \(error.localizedDescription)")
        }
        _ = fcntl(input.fileHandleForWriting.fileDescriptor, F_SETFD, FD_CLOEXEC)
        _ = fcntl(output.fileHandleForReading.fileDescriptor, F_SETFD, FD_CLOEXEC)
        guard let frame = try? readFrame(), let ready = try? JSONDecoder().decode(Ready.self, from: frame) else {
            stop()
            throw OCRError.unavailable("the PP-OCR worker (\(location.python) \(location.script)) exited before it was ready")
        }
        guard ready.ready else {
            stop()
            throw OCRError.unavailable("the PP-OCR worker cannot load its model: \(ready.error ?? "unknown error") (run `make setup`)")
        }
        version = ready.version ?? "?"
    }

    deinit { stop() }

    var isRunning: Bool { process.isRunning }
    var pid: Int32 { process.processIdentifier }

    /// One page: gray pixels in, the worker's lines out. Throws when the worker died or answered
    /// something that is not a frame.
    func recognize(_ image: GrayImage) throws -> Answer {
        var header = [UInt8]()
        for v in [UInt32(image.width), UInt32(image.height), 1] {
            withUnsafeBytes(of: v.littleEndian) { header += $0 }
        }
        do {
            try input.fileHandleForWriting.write(contentsOf: Data(header))
            try image.pixels.withUnsafeBytes { try input.fileHandleForWriting.write(contentsOf: Data($0)) }
        } catch {
            throw OCRError.unavailable("the PP-OCR worker stopped (writing a page failed)")
        }
        guard let frame = try readFrame() else { throw OCRError.unavailable("the PP-OCR worker stopped") }
        do {
            return try JSONDecoder().decode(Answer.self, from: frame)
        } catch {
            throw OCRError.unavailable("the PP-OCR worker answered something unreadable")
        }
    }

    /// A length-prefixed frame, or nil at end of file.
    private func readFrame() throws -> Data? {
        guard let head = try readExactly(4) else { return nil }
        let length = head.withUnsafeBytes { Int(UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self))) }
        guard length <= Self.maxAnswerBytes else { throw OCRError.unavailable("the PP-OCR worker sent an oversized frame") }
        return try readExactly(length)
    }

    private func readExactly(_ count: Int) throws -> Data? {
        var data = Data()
        data.reserveCapacity(count)
        let handle = output.fileHandleForReading
        while data.count < count {
            guard let chunk = try handle.read(upToCount: count - data.count), !chunk.isEmpty else { return nil }
            data.append(chunk)
        }
        return data
    }

    /// Closes the worker's stdin (it exits at end of file) and reaps it; idempotent.
    private func stop() {
        guard !stopped else { return }
        stopped = true
        try? input.fileHandleForWriting.close()
        guard launched else { return }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}
