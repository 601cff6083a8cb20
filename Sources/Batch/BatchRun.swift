import Extractor
import Foundation

/// Converts many inputs in worker processes, Tika-style: a file that hangs, crashes its worker
/// or eats memory costs that file alone — its worker is killed or replaced, the file is
/// reported with the reason, the batch goes on. `jobs` slots each own one worker at a time and
/// take the next input from a shared queue; finished work is recorded as it lands (see
/// `BatchLedger`), so a killed batch resumes where it stopped.
public final class BatchRun: @unchecked Sendable {
    public let options: BatchOptions
    /// Called (from any thread, serialized) after each input with (done, total, failed).
    public var onProgress: (@Sendable (Int, Int, Int) -> Void)?

    private let lock = NSLock()
    private var next = 0
    private var summary = BatchSummary()

    public init(options: BatchOptions) {
        self.options = options
    }

    public func run(paths: [String]) throws -> BatchSummary {
        let started = Date()
        let ledger = try BatchLedger(destination: options.destination, force: options.force)
        let (inputs, unreadable) = BatchInputs.collect(paths, shard: options.shard)
        for (path, error) in unreadable {
            summary.failures.append(BatchFailure(path: path, sha256: nil, error: error, exitStatus: 66))
        }
        let todo = inputs.filter { options.force || !ledger.isDone($0) }
        summary.skipped = inputs.count - todo.count
        let total = todo.count
        DispatchQueue.concurrentPerform(iterations: min(options.jobs, max(total, 1))) { _ in
            self.slot(todo, ledger: ledger, total: total)
        }
        summary.failed = summary.failures.count
        summary.seconds = Date().timeIntervalSince(started)
        summary.parentPeakMB = Int(ProcessMemory.peakMegabytes(of: getpid()))
        try writeFailures()
        return summary
    }

    /// One slot: a worker at a time, replaced when it dies, misbehaves or has done its share.
    private func slot(_ todo: [BatchInput], ledger: BatchLedger, total: Int) {
        var worker: WorkerProcess?
        func retire() {
            if let w = worker { let peak = w.peakMB; lock.withLock { summary.workerPeakMB = max(summary.workerPeakMB, peak) }; w.finish() }
        }
        defer { retire() }
        while let input = take(todo) {
            if worker == nil || worker!.handled >= options.recycleAfter {
                retire()
                worker = try? WorkerProcess(executable: options.workerExecutable, arguments: options.workerArguments)
            }
            guard let current = worker else {
                finish(input, failure: "cannot start a worker process", status: 70, total: total)
                continue
            }
            var output: String?
            if case .directory(let dir) = options.destination { output = dir.appendingPathComponent(input.outputName).path }
            switch current.handle(WorkerRequest(input: input.path, output: output), timeout: options.timeout,
                                  memoryLimitMB: options.memoryLimitMB) {
            case .answered(let response) where response.ok:
                ledger.record(input, line: response.line)
                finish(input, failure: nil, status: 0, total: total)
            case .answered(let response):
                finish(input, failure: response.error ?? "failed", status: response.exitStatus ?? 65, total: total)
            case .timedOut:
                worker = nil
                finish(input, failure: "timeout after \(Int(options.timeout)) s", status: 124, total: total)
            case .outOfMemory(let mb):
                worker = nil
                finish(input, failure: "out of memory (worker at \(mb) MB, limit \(options.memoryLimitMB) MB)", status: 137, total: total)
            case .crashed(let why):
                worker = nil
                finish(input, failure: why, status: 134, total: total)
            }
        }
    }

    private func take(_ todo: [BatchInput]) -> BatchInput? {
        lock.withLock {
            guard next < todo.count else { return nil }
            defer { next += 1 }
            return todo[next]
        }
    }

    private func finish(_ input: BatchInput, failure: String?, status: Int32, total: Int) {
        let (done, failed) = lock.withLock { () -> (Int, Int) in
            if let failure {
                summary.failures.append(BatchFailure(path: input.path, sha256: input.sha256, error: failure, exitStatus: status))
            } else {
                summary.converted += 1
            }
            return (summary.converted + summary.failures.count, summary.failures.count)
        }
        onProgress?(done, total, failed)
    }

    /// `failures.ndjson`, sorted by path, written whole (temp + rename); removed when empty.
    private func writeFailures() throws {
        let url = options.failuresURL
        summary.failures.sort { $0.path < $1.path }
        guard !summary.failures.isEmpty else {
            try? FileManager.default.removeItem(at: url)
            return
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for failure in summary.failures {
            data.append(try encoder.encode(failure))
            data.append(0x0A)
        }
        try AtomicFile.write(data, to: url)
    }
}
