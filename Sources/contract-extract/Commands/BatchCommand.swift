import ArgumentParser
import Batch
import Extractor
import Foundation
import Store

extension ContractExtract {
    /// `contract-extract batch PATH… --out DIR | --ndjson FILE`: many inputs in worker processes.
    struct BatchCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "batch", abstract: "Convert every PDF, DOCX, HTML and text file under the paths, in parallel worker processes.",
            discussion: """
                Resumable: a rerun skips inputs already converted (same sha256), redoes unfinished ones and \
                never writes a record twice. A record counts once it is durably on disk. A file that fails, \
                hangs (--timeout), exhausts memory (--memory-mb) or cannot be written is listed in \
                failures.ndjson with its reason, as is every entry not converted (other formats, hidden \
                files, broken links); the batch goes on. Exit 0, 1 if any file failed, 74 if a record could \
                not be written. One batch at a time per output: a second one waits. With --db the records are \
                also stored in a database (SQLite file or postgres:// URL) after the conversions; a rerun \
                stores what a stopped run did not; exit 69 if the store cannot be used.
                """)

        @Argument(help: "Files or directories (searched for .pdf, .txt, .docx and .html).") var paths: [String]
        @Option(help: "Write one <relative path>.json per input under this directory.") var out: String?
        @Option(help: "Append one JSON line per input to this file instead.") var ndjson: String?
        @Option(help: "Also store the records in this database: a SQLite file, or postgres://user@host:port/database.")
        var db: String?
        @Option(help: "Worker processes (default: all cores, \(ProcessInfo.processInfo.activeProcessorCount) here).") var jobs: Int?
        @Option(help: "Seconds any one file may take, OCR included (default: 60 + 20 per PDF page, + 10 per MB of text).")
        var timeout: Double?
        @Option(help: "Resident memory (MB) above which a worker is killed.") var memoryMb = 4096
        @Option(help: "Replace each worker after this many files.") var recycle = 50
        @Option(help: "Process only shard K of N (by input sha256), e.g. 2/8.") var shard: String?
        @Option(help: "Which PDF pages are read by OCR: auto, never, always.") var ocr: ExtractionOptions.OCRMode = .auto
        @Option(help: "Which OCR engine: ppocr (PP-OCRv4, default; Tesseract if it cannot start) or tesseract.")
        var ocrEngine: OCREngineKind = .ppocr
        @Flag(help: "Redo inputs already converted.") var force = false
        @Flag(help: "No progress display (the summary line is always printed).") var quiet = false
        @Flag(help: .hidden) var stats = false

        func validate() throws {
            guard (out == nil) != (ndjson == nil) else { throw ValidationError("give exactly one of --out DIR and --ndjson FILE") }
            if let shard, Shard(shard) == nil { throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, e.g. 2/8") }
            try StoreIngest.validate(db)
            guard (jobs ?? 1) >= 1, (timeout ?? 1) > 0, memoryMb > 0, recycle >= 1 else {
                throw ValidationError("--jobs, --timeout, --memory-mb and --recycle must be positive")
            }
        }

        func run() throws {
            let destination: BatchOptions.Destination = out.map { .directory(URL(fileURLWithPath: $0)) }
                ?? .ndjson(URL(fileURLWithPath: ndjson!))
            var policy = TimeoutPolicy.standard
            policy.fixed = timeout
            let options = BatchOptions(
                destination: destination, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, timeout: policy,
                memoryLimitMB: memoryMb, recycleAfter: recycle, force: force, shard: shard.flatMap(Shard.init),
                workerExecutable: URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath(),
                workerArguments: ["worker", "--ocr", ocr.rawValue, "--ocr-engine", ocrEngine.rawValue, "--address-space-mb", "\(memoryMb * 4)", "--memory-mb", "\(memoryMb)"])
            // Each worker's PP-OCR gets its share of the cores: the workers are the parallelism.
            setenv("CONTRACT_EXTRACT_OCR_THREADS", "\(max(1, ProcessInfo.processInfo.activeProcessorCount / options.jobs))", 0)
            // The store is opened (created, migrated) first: a store that cannot be used stops the
            // batch before any work.
            let store = try db.map { try StoreIngest.open($0, mode: .write) }
            defer { store?.close() }
            let run = BatchRun(options: options)
            let progress = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) != 0)
            run.onProgress = { progress.show($0) }
            run.onNotice = { notice in
                progress.clear()
                Self.say("contract-extract: batch: \(notice)")
            }
            let summary: BatchSummary
            do {
                summary = try run.run(paths: paths)
            } catch {
                throw OutputError(path: out ?? ndjson!, reason: "\(error)")
            }
            progress.clear()
            Self.say("contract-extract: batch: \(summary.line)")
            if stats {
                Self.say("contract-extract: batch: peak RSS parent \(summary.parentPeakMB) MB, worker \(summary.workerPeakMB) MB")
            }
            let failed = summary.failures.filter { $0.kind == .failed }, unsupported = summary.failures.filter { $0.kind == .unsupported }
            let all = summary.failuresWriteError != nil
            if let problem = summary.failuresWriteError {
                Self.say("contract-extract: error: \(problem); every input not converted follows")
            }
            for failure in all ? failed : Array(failed.prefix(20)) { Self.say("contract-extract: failed: \(failure.message)") }
            for entry in all ? unsupported : Array(unsupported.prefix(20)) { Self.say("contract-extract: not converted: \(entry.message)") }
            if !all, failed.count > 20 || unsupported.count > 20 {
                Self.say("contract-extract: batch: the full list is in \(options.failuresURL.path)")
            }
            if let store {
                // The JSON output is the batch's durable journal; the store follows it. Each shard
                // stores its own records (shards may share one output).
                let counts = try StoreIngest.ingest(from: out ?? ndjson!, into: store, shard: options.shard, missingIsEmpty: true)
                Self.say("contract-extract: batch: \(counts.line) in \(store.location.shown)")
            }
            if summary.outputFailed { throw ExitCode(74) }

            if summary.failed > 0 { throw ExitCode(1) }
        }

        static func say(_ line: String) {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }
}

/// Progress on stderr when it is a terminal: files done/total, pages done/total (estimated until
/// each PDF's page count is known), ETA by pages, failures, and the file last started — one
/// line redrawn in place, at most ten times a second.
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private let started = Date()
    private var last = Date.distantPast
    private let lock = NSLock()

    init(enabled: Bool) { self.enabled = enabled }

    func show(_ p: BatchProgress) {
        guard enabled else { return }
        lock.withLock {
            let now = Date()
            guard now.timeIntervalSince(last) >= 0.1 || p.done == p.total else { return }
            last = now
            let elapsed = now.timeIntervalSince(started)
            let rate = elapsed > 0 ? Double(p.donePages) / elapsed : 0
            let eta = rate > 0 ? Int(Double(max(p.totalPages - p.donePages, 0)) / rate) : 0
            var current = p.current.map { ($0 as NSString).lastPathComponent } ?? ""
            if current.count > 40 { current = String(current.prefix(39)) + "…" }
            let line = String(format: "\r\u{1B}[K%d/%d files  %d/%d pages  ETA %dm%02ds  %d failed  %@", p.done, p.total, p.donePages,
                              p.totalPages, eta / 60, eta % 60, p.failed, current)
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    func clear() {
        guard enabled else { return }
        lock.withLock { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
