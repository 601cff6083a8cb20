import Extractor
import Foundation

/// Converts many inputs in worker processes, Tika-style: a file that hangs, crashes its worker
/// or eats memory costs that file alone — its worker is killed or replaced, the file is
/// reported with the reason, the batch goes on. `jobs` slots each own one worker at a time and
/// take the next input from a shared queue; finished work is recorded as it lands (see
/// `BatchLedger`), so a killed batch resumes where it stopped. A record counts as converted only
/// once it is durably written; a write that fails (disk full) is a named failure. Every entry
/// met under the paths ends up converted, failed, unsupported or skipped — none is dropped.
public final class BatchRun: @unchecked Sendable {
    public let options: BatchOptions
    /// Called (from any thread, serialized) when an input starts or ends.
    public var onProgress: (@Sendable (BatchProgress) -> Void)?
    /// Told about waiting for another batch's lock, and repairs made to the output on opening.
    public var onNotice: (@Sendable (String) -> Void)?

    private let lock = NSLock()
    private var next = 0
    private var summary = BatchSummary()
    private var progress = BatchProgress()

    public init(options: BatchOptions) {
        self.options = options
    }

    public func run(paths: [String]) throws -> BatchSummary {
        // A worker that died between two files must not take the batch down when the next
        // request is written to its pipe: the write fails instead, and the file is retried.
        signal(SIGPIPE, SIG_IGN)
        let started = Date()
        let ledger = try BatchLedger(destination: options.destination, force: options.force, shard: options.shard,
                                     onWait: { self.onNotice?($0) })
        for notice in ledger.notices { onNotice?(notice) }
        let inventory = BatchInputs.collect(paths, shard: options.shard, excluding: options.outputPaths)
        // Entries with no digest (unsupported, links, unreadable) are reported by one shard only.
        if options.shard.map({ $0.index == 1 }) ?? true {
            summary.failures = inventory.problems
        }
        let todo = inventory.inputs.filter { options.force || !ledger.isDone($0) }
        summary.skipped = inventory.inputs.count - todo.count
        progress.total = todo.count
        progress.totalPages = todo.reduce(0) { $0 + Self.estimatedPages($1) }
        // One thread per slot: `concurrentPerform` would run no more slots than there are cores,
        // whatever `--jobs` says.
        let slots = DispatchGroup()
        for _ in 0..<min(options.jobs, max(todo.count, 1)) {
            slots.enter()
            Thread {
                self.slot(todo, ledger: ledger)
                slots.leave()
            }.start()
        }
        slots.wait()
        summary.failed = summary.failures.filter { $0.kind == .failed }.count
        summary.unsupported = summary.failures.count - summary.failed
        summary.seconds = Date().timeIntervalSince(started)
        summary.parentPeakMB = Int(ProcessMemory.peakMegabytes(of: getpid()))
        withExtendedLifetime(ledger) { writeFailures() }  // the output lock is held until the end
        return summary
    }

    /// Pages before the worker says (see `PageEstimate`).
    static func estimatedPages(_ input: BatchInput) -> Int { max(1, input.estimatedPages) }

    /// One slot: a worker at a time, replaced when it dies, misbehaves or has done its share.
    private func slot(_ todo: [BatchInput], ledger: BatchLedger) {
        var worker: WorkerProcess?
        func retire(_ stopped: Bool = false) {
            if let w = worker {
                if !stopped { w.finish() }
                let peak = w.peakMB
                lock.withLock { summary.workerPeakMB = max(summary.workerPeakMB, peak) }
            }
            worker = nil
        }
        defer { retire() }
        while let input = take(todo) {
            if worker == nil || worker!.handled >= options.recycleAfter {
                retire()
                worker = try? WorkerProcess(executable: options.workerExecutable, arguments: options.workerArguments)
            }
            guard let current = worker else {
                finish(input, failure: "cannot start a worker process", status: 70, pages: Self.estimatedPages(input))
                continue
            }
            var output: String?
            if case .directory(let dir) = options.destination { output = dir.appendingPathComponent(input.outputName).path }
            let policy = options.timeout
            let isText = !BatchInputs.isPaged(input.path)
            let initial = isText ? policy.seconds(pages: nil, textBytes: input.size) : policy.seconds(pages: nil)
            let request = WorkerRequest(input: input.path, inputHex: PathBytes.isUTF8(input.pathBytes) ? nil : PathBytes.hex(input.pathBytes),
                                        output: output, timeout: initial, secondsPerPage: policy.fixed == nil && !isText ? policy.perPage : nil)
            var pages = Self.estimatedPages(input)
            func send(_ worker: WorkerProcess) -> WorkerProcess.Outcome {
                worker.handle(request, deadline: { pages in
                    guard let pages, !isText else { return initial }
                    return policy.seconds(pages: pages)
                }, memoryLimitMB: options.memoryLimitMB, onPages: { reported in
                    let estimate = pages
                    self.update { $0.totalPages += reported - estimate }
                    pages = reported
                })
            }
            var outcome = send(current)
            if outcome == .notDelivered {
                // The worker died between files (killed from outside, say): not this file's fault.
                retire(true)
                worker = try? WorkerProcess(executable: options.workerExecutable, arguments: options.workerArguments)
                outcome = worker.map(send) ?? .crashed("cannot start a worker process")
            }
            // A worker left above the ceiling by this file would be blamed on the next one.
            if case .answered = outcome, let w = worker, w.residentMB > options.memoryLimitMB { retire(true) }
            switch outcome {
            case .answered(let response, let record) where response.ok:
                do {
                    if let record, record.withUnsafeBytes({ $0.baseAddress.map { memchr($0, 0x0A, record.count) != nil } ?? false }) {
                        finish(input, failure: "garbled answer (a newline inside the record)", status: 70, pages: pages)
                        continue
                    }
                    if output == nil, record == nil {
                        finish(input, failure: "garbled answer (no record)", status: 70, pages: pages)
                        continue
                    }
                    try ledger.record(input, line: record)
                    finish(input, failure: nil, status: 0, pages: pages)
                } catch {
                    finish(input, failure: "\(error)", status: 74, pages: pages)
                }
            case .answered(let response, _):
                finish(input, failure: response.error ?? "failed", status: response.exitStatus ?? 65, pages: pages)
            case .timedOut(let seconds):
                retire(true)
                finish(input, failure: "timeout after \(seconds) s", status: 124, pages: pages)
            case .outOfMemory(let mb):
                retire(true)
                finish(input, failure: "out of memory (worker at \(mb) MB, limit \(options.memoryLimitMB) MB)", status: 137, pages: pages)
            case .crashed(let why):
                retire(true)
                finish(input, failure: why, status: 134, pages: pages)
            case .notDelivered:
                retire(true)
                finish(input, failure: "crashed: the worker died before it got the file, twice", status: 134, pages: pages)
            }
        }
    }

    private func take(_ todo: [BatchInput]) -> BatchInput? {
        let input: BatchInput? = lock.withLock {
            guard next < todo.count else { return nil }
            defer { next += 1 }
            return todo[next]
        }
        if let input { update { $0.current = input.path } }
        return input
    }

    private func update(_ change: (inout BatchProgress) -> Void) {
        let snapshot = lock.withLock { () -> BatchProgress in
            change(&progress)
            return progress
        }
        onProgress?(snapshot)
    }

    private func finish(_ input: BatchInput, failure: String?, status: Int32, pages: Int) {
        update { progress in
            if let failure {
                let entry = BatchFailure(path: input.path, pathHex: PathBytes.isUTF8(input.pathBytes) ? nil : PathBytes.hex(input.pathBytes),
                                         sha256: input.sha256, error: failure, exitStatus: status)
                summary.failures.append(BatchFailure(path: entry.path, pathHex: entry.pathHex, sha256: entry.sha256,
                                                     error: entry.message, exitStatus: status))
                progress.failed += 1
            } else {
                summary.converted += 1
            }
            progress.done += 1
            progress.donePages += pages
        }
    }

    /// `failures.ndjson`, sorted by path, written durably (temp + fsync + rename); removed when
    /// empty. If it cannot be written, the summary says so and the caller prints the failures.
    private func writeFailures() {
        let url = options.failuresURL
        summary.failures.sort { ($0.path, $0.error) < ($1.path, $1.error) }
        guard !summary.failures.isEmpty else {
            try? FileManager.default.removeItem(at: url)
            return
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for failure in summary.failures {
            data.append((try? encoder.encode(failure)) ?? Data())
            data.append(0x0A)
        }
        do {
            try DurableFile.write(data, to: url.path)
        } catch {
            summary.failuresWriteError = "\(error)"
        }
    }
}

/// Where a batch is: inputs done of total, failures so far, pages (estimated until each PDF's
/// worker reports its count), and the input most recently started.
public struct BatchProgress: Sendable, Equatable {
    public var done = 0
    public var total = 0
    public var failed = 0
    public var donePages = 0
    public var totalPages = 0
    public var current: String?
}
