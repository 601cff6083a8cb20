import Extractor
import Foundation

/// One worker child process (`contract-extract worker`), owned by one batch slot: requests go
/// down its stdin, answers come up its stdout (see `WorkerResponse`). The parent never trusts it
/// to finish: every answer is awaited with a deadline and a memory ceiling, checked every
/// 100 ms. A record that follows an answer is read straight into a buffer of its announced
/// size, so a 31 MB record costs one pass, not a rescan per chunk.
final class WorkerProcess {
    enum Outcome: Error, Equatable {
        /// The final answer, and the record bytes when it announced some.
        case answered(WorkerResponse, record: Data?)
        case timedOut(seconds: Int)
        case outOfMemory(megabytes: Int)
        case crashed(String)
        /// The request could not be written: the worker had died since its last answer.
        case notDelivered
    }

    /// The largest record a worker may announce (a record is linear in its input, which is at
    /// most 512 MiB).
    static let maxRecordBytes = 4 << 30
    /// Workers are started one at a time, their pipes made inside the same lock: Foundation's
    /// pipes are not close-on-exec, so a pipe another slot made while this worker was spawning
    /// would leak into it and keep that slot's worker from seeing end-of-file.
    private static let spawnLock = NSLock()

    private let process = Process()
    private let input: Pipe
    private let output: Pipe
    /// Bytes read but not yet used: `pending[start...]`.
    private var pending: [UInt8] = []
    private var start = 0
    private(set) var handled = 0
    /// The largest resident size seen (polled, and its VmHWM before it is killed).
    private(set) var observedPeakMB = 0
    /// The deadline (seconds) of the request in hand.
    private var currentAllowance = 0.0

    init(executable: URL, arguments: [String]) throws {
        process.executableURL = executable
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        // A crashing worker should die at once, not spend seconds symbolicating a backtrace.
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment["OMP_THREAD_LIMIT"] = "1"  // Tesseract on one thread: the workers are the parallelism
        environment["CONTRACT_EXTRACT_BATCH_PARENT"] = "\(getpid())"  // the worker dies with it
        process.environment = environment
        let process = self.process
        (input, output) = try Self.spawnLock.withLock {
            let pipes = (Pipe(), Pipe())
            process.standardInput = pipes.0
            process.standardOutput = pipes.1
            try process.run()
            // Our own ends never go to a later worker.
            _ = fcntl(pipes.0.fileHandleForWriting.fileDescriptor, F_SETFD, FD_CLOEXEC)
            _ = fcntl(pipes.1.fileHandleForReading.fileDescriptor, F_SETFD, FD_CLOEXEC)
            return pipes
        }
    }

    var pid: Int32 { process.processIdentifier }

    /// Sends one request and waits for its answer under the deadline (`deadline(pages)`, asked
    /// again once the worker reports the page count) and the ceiling.
    func handle(_ request: WorkerRequest, deadline seconds: (Int?) -> Double, memoryLimitMB: Int,
                onPages: (Int) -> Void = { _ in }) -> Outcome {
        handled += 1
        var line = (try? JSONEncoder().encode(request)) ?? Data()
        line.append(0x0A)
        do {
            try input.fileHandleForWriting.write(contentsOf: line)
        } catch {
            stop()
            return .notDelivered
        }
        let started = Date()
        var allowed = seconds(nil)
        currentAllowance = allowed
        while true {
            let answer: [UInt8]
            switch nextLine(started: started, allowed: allowed, memoryLimitMB: memoryLimitMB) {
            case .failure(let outcome): return outcome
            case .success(let bytes): answer = bytes
            }
            guard let response = try? JSONDecoder().decode(WorkerResponse.self, from: Data(answer)) else {
                stop()
                return .crashed("garbled answer")
            }
            if response.interim == true {
                if let pages = response.pages { allowed = seconds(pages); currentAllowance = allowed; onPages(pages) }
                continue
            }
            guard let count = response.bytes else { return .answered(response, record: nil) }
            guard (0...Self.maxRecordBytes).contains(count) else {
                stop()
                return .crashed("garbled answer (a record of \(count) bytes announced)")
            }
            switch body(count, started: started, allowed: allowed, memoryLimitMB: memoryLimitMB) {
            case .failure(let outcome): return outcome
            case .success(let record): return .answered(response, record: record)
            }
        }
    }

    /// The next line, scanning only bytes not scanned before.
    private func nextLine(started: Date, allowed: Double, memoryLimitMB: Int) -> Result<[UInt8], Outcome> {
        var scanned = start
        while true {
            if let newline = pending[scanned...].firstIndex(of: 0x0A) {
                let line = Array(pending[start..<newline])
                start = newline + 1
                compact()
                return .success(line)
            }
            scanned = pending.count
            if let outcome = wait(started: started, allowed: allowed, memoryLimitMB: memoryLimitMB) { return .failure(outcome) }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = read(output.fileHandleForReading.fileDescriptor, &chunk, chunk.count)
            if n <= 0 { if n < 0, errno == EINTR { continue }; return .failure(died()) }
            pending.append(contentsOf: chunk[0..<n])
        }
    }

    /// Exactly `count` bytes, then a newline, read into one buffer of that size.
    private func body(_ count: Int, started: Date, allowed: Double, memoryLimitMB: Int) -> Result<Data, Outcome> {
        var record = Data(count: count)
        let already = min(count, pending.count - start)
        if already > 0 {
            record.withUnsafeMutableBytes { raw in
                pending.withUnsafeBytes { src in raw.baseAddress!.copyMemory(from: src.baseAddress! + start, byteCount: already) }
            }
            start += already
            compact()
        }
        var filled = already
        let fd = output.fileHandleForReading.fileDescriptor
        while filled < count {
            if let outcome = wait(started: started, allowed: allowed, memoryLimitMB: memoryLimitMB) { return .failure(outcome) }
            let n = record.withUnsafeMutableBytes { raw in read(fd, raw.baseAddress! + filled, count - filled) }
            if n <= 0 { if n < 0, errno == EINTR { continue }; return .failure(died()) }
            filled += n
        }
        switch nextLine(started: started, allowed: allowed, memoryLimitMB: memoryLimitMB) {
        case .failure(let outcome): return .failure(outcome)
        case .success(let rest) where rest.isEmpty: return .success(record)
        case .success:
            stop()
            return .failure(.crashed("garbled answer"))
        }
    }

    private func compact() {
        if start == pending.count { pending.removeAll(keepingCapacity: true); start = 0 }
        else if start > 1 << 20 { pending.removeSubrange(0..<start); start = 0 }
    }

    /// Waits up to 100 ms for output; an outcome when the deadline or the ceiling is passed.
    private func wait(started: Date, allowed: Double, memoryLimitMB: Int) -> Outcome? {
        while true {
            if Date().timeIntervalSince(started) >= allowed { stop(); return .timedOut(seconds: Int(allowed.rounded())) }
            let rss = Int(ProcessMemory.treeResidentMegabytes(of: pid))  // its OCR engine's process too
            observedPeakMB = max(observedPeakMB, rss)
            if rss > memoryLimitMB { stop(); return .outOfMemory(megabytes: rss) }
            var poller = pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 100) > 0 { return nil }
        }
    }

    /// Its resident size now, with the processes it started (its OCR engine).
    var residentMB: Int { Int(ProcessMemory.treeResidentMegabytes(of: pid)) }

    /// Its peak resident size so far (VmHWM while alive, else the largest seen).
    var peakMB: Int { max(observedPeakMB, Int(ProcessMemory.peakMegabytes(of: pid))) }

    /// Closes its stdin (it exits when the requests end) and reaps it.
    func finish() {
        observedPeakMB = peakMB
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    /// Kills it now and reaps it (its peak is read first, so `--stats` counts killed workers).
    func stop() {
        observedPeakMB = peakMB
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    private func died() -> Outcome {
        process.waitUntilExit()
        // A worker that stopped itself (`WorkerGuard`) beat the parent's own check by a hair.
        if process.terminationReason == .exit, process.terminationStatus == WorkerGuard.memoryStatus {
            return .outOfMemory(megabytes: observedPeakMB)
        }
        if process.terminationReason == .exit, process.terminationStatus == WorkerGuard.timeoutStatus {
            return .timedOut(seconds: Int(currentAllowance.rounded()))
        }
        if process.terminationReason == .uncaughtSignal {
            return .crashed("crashed: signal \(process.terminationStatus)")
        }
        return .crashed("crashed: exit status \(process.terminationStatus)")
    }
}
