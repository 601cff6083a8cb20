import Extractor
import Foundation

/// One worker child process (`contract-extract worker`), owned by one batch slot: requests go
/// down its stdin, answers come up its stdout, one line each. The parent never trusts it to
/// finish: every answer is awaited with a deadline and a memory ceiling, checked every 100 ms.
final class WorkerProcess {
    enum Outcome: Equatable {
        case answered(WorkerResponse)
        case timedOut
        case outOfMemory(megabytes: Int)
        case crashed(String)
    }

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer = Data()
    private(set) var handled = 0

    init(executable: URL, arguments: [String]) throws {
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        // A crashing worker should die at once, not spend seconds symbolicating a backtrace.
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment["OMP_THREAD_LIMIT"] = "1"  // Tesseract on one thread: the workers are the parallelism
        process.environment = environment
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    /// Sends one request and waits for its answer, the deadline and the ceiling.
    func handle(_ request: WorkerRequest, timeout: TimeInterval, memoryLimitMB: Int) -> Outcome {
        handled += 1
        var line = (try? JSONEncoder().encode(request)) ?? Data()
        line.append(0x0A)
        do {
            try input.fileHandleForWriting.write(contentsOf: line)
        } catch {
            return died()
        }
        let deadline = Date().addingTimeInterval(timeout)
        let fd = output.fileHandleForReading.fileDescriptor
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let answer = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                if let response = try? JSONDecoder().decode(WorkerResponse.self, from: answer) { return .answered(response) }
                return .crashed("garbled answer")
            }
            if Date() >= deadline { stop(); return .timedOut }
            let rss = Int(ProcessMemory.residentMegabytes(of: pid))
            if rss > memoryLimitMB { stop(); return .outOfMemory(megabytes: rss) }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 100)
            guard ready > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = read(fd, &chunk, chunk.count)
            if n <= 0 { return died() }
            buffer.append(contentsOf: chunk[0..<n])
        }
    }

    /// Its peak resident size so far (VmHWM), while it is alive.
    var peakMB: Int { Int(ProcessMemory.peakMegabytes(of: pid)) }

    /// Closes its stdin (it exits when the requests end) and reaps it.
    func finish() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    /// Kills it now and reaps it.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    private func died() -> Outcome {
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            return .crashed("crashed: signal \(process.terminationStatus)")
        }
        return .crashed("crashed: exit status \(process.terminationStatus)")
    }
}
