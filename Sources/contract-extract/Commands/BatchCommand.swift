import ArgumentParser
import Batch
import Extractor
import Foundation

extension ContractExtract {
    /// `contract-extract batch PATH… --out DIR | --ndjson FILE`: many inputs in worker processes.
    struct BatchCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "batch", abstract: "Convert every PDF, DOCX, HTML and text file under the paths, in parallel worker processes.",
            discussion: """
                Resumable: a rerun skips inputs already converted (same sha256), redoes unfinished ones and \
                never writes a record twice. A file that fails, hangs (--timeout) or exhausts memory \
                (--memory-mb) is listed in failures.ndjson with its reason; the batch goes on and exits 1.
                """)

        @Argument(help: "Files or directories (searched for .pdf and .txt).") var paths: [String]
        @Option(help: "Write one <name>.json per input into this directory.") var out: String?
        @Option(help: "Append one JSON line per input to this file instead.") var ndjson: String?
        @Option(help: "Worker processes (default: all cores).") var jobs = ProcessInfo.processInfo.activeProcessorCount
        @Option(help: "Seconds one file may take, OCR included.") var timeout: Double = 120
        @Option(help: "Resident memory (MB) above which a worker is killed.") var memoryMb = 4096
        @Option(help: "Replace each worker after this many files.") var recycle = 50
        @Option(help: "Process only shard K of N (by input sha256), e.g. 2/8.") var shard: String?
        @Option(help: "Which PDF pages are read by OCR: auto, never, always.") var ocr: ExtractionOptions.OCRMode = .auto
        @Flag(help: "Redo inputs already converted.") var force = false
        @Flag(help: "No progress display (the summary line is always printed).") var quiet = false
        @Flag(help: .hidden) var stats = false

        func validate() throws {
            guard (out == nil) != (ndjson == nil) else { throw ValidationError("give exactly one of --out DIR and --ndjson FILE") }
            if let shard, Shard(shard) == nil { throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, e.g. 2/8") }
            guard jobs >= 1, timeout > 0, memoryMb > 0, recycle >= 1 else { throw ValidationError("--jobs, --timeout, --memory-mb and --recycle must be positive") }
        }

        func run() throws {
            let destination: BatchOptions.Destination = out.map { .directory(URL(fileURLWithPath: $0)) }
                ?? .ndjson(URL(fileURLWithPath: ndjson!))
            let options = BatchOptions(
                destination: destination, jobs: jobs, timeout: timeout, memoryLimitMB: memoryMb, recycleAfter: recycle,
                force: force, shard: shard.flatMap(Shard.init),
                workerExecutable: URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath(),
                workerArguments: ["worker", "--ocr", ocr.rawValue, "--address-space-mb", "\(memoryMb * 4)"])
            let run = BatchRun(options: options)
            let progress = Progress(enabled: !quiet && isatty(STDERR_FILENO) != 0)
            run.onProgress = { done, total, failed in progress.show(done: done, total: total, failed: failed) }
            let summary: BatchSummary
            do {
                summary = try run.run(paths: paths)
            } catch {
                throw OutputError(path: out ?? ndjson!, reason: "\(error)")
            }
            progress.clear()
            FileHandle.standardError.write(Data("contract-extract: batch: \(summary.line)\n".utf8))
            if stats {
                FileHandle.standardError.write(Data("contract-extract: batch: peak RSS parent \(summary.parentPeakMB) MB, worker \(summary.workerPeakMB) MB\n".utf8))
            }
            if summary.failed > 0 {
                for failure in summary.failures.prefix(20) {
                    FileHandle.standardError.write(Data("contract-extract: failed: \(failure.error)\n".utf8))
                }
                throw ExitCode(1)
            }
        }
    }
}

/// Progress on stderr when it is a terminal: files done/total, rate, ETA, failures — one line
/// redrawn in place, at most ten times a second.
final class Progress: @unchecked Sendable {
    private let enabled: Bool
    private let started = Date()
    private var last = Date.distantPast
    private let lock = NSLock()

    init(enabled: Bool) { self.enabled = enabled }

    func show(done: Int, total: Int, failed: Int) {
        guard enabled else { return }
        lock.withLock {
            let now = Date()
            guard now.timeIntervalSince(last) >= 0.1 || done == total else { return }
            last = now
            let elapsed = now.timeIntervalSince(started)
            let rate = elapsed > 0 ? Double(done) / elapsed : 0
            let eta = rate > 0 ? Int(Double(total - done) / rate) : 0
            let line = String(format: "\r%d/%d files  %.1f/s  ETA %dm%02ds  %d failed ", done, total, rate, eta / 60, eta % 60, failed)
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
