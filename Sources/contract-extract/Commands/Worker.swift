import ArgumentParser
import Batch
import Extractor
import Foundation
import Schema

extension ContractExtract {
    /// `contract-extract worker` (hidden): the child process of `batch`. Reads one request per
    /// line, converts, answers (see `WorkerResponse`), until its stdin ends. It dies with its
    /// parent and keeps its own deadline and memory ceiling (`WorkerGuard`); a hard address-space
    /// limit backs up the memory watch.
    struct Worker: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "worker", abstract: "Serve batch requests on stdin (used by batch).", shouldDisplay: false)

        @Option var ocr: ExtractionOptions.OCRMode = .auto
        @Option var ocrEngine: OCREngineKind = .ppocr
        @Option(help: "Address-space limit in MB (0: none).") var addressSpaceMb = 0
        @Option(help: "Resident memory (MB) above which the worker stops itself (0: none).") var memoryMb = 0

        /// Seconds a worker gives a file beyond the parent's deadline before stopping itself.
        static let grace = 5.0

        func run() throws {
            if addressSpaceMb > 0 {
                NativeLibraries.preload()  // the limit is for conversions, not for mapping libraries
                let bytes = rlim_t(addressSpaceMb) << 20
                var limit = rlimit(rlim_cur: bytes, rlim_max: bytes)
                setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
            }
            let parent = ProcessInfo.processInfo.environment["CONTRACT_EXTRACT_BATCH_PARENT"].flatMap { pid_t($0) }
            let watch = WorkerGuard(parent: parent, memoryLimitMB: memoryMb > 0 ? memoryMb + memoryMb / 2 : 0)
            var options = ExtractionOptions(ocr: ocr, ocrEngine: ocrEngine)
            options.prepareOCR = { OCRThreads.limitToOne() }  // the batch parent normally sets it already
            let extractor = Extractor(options: options)
            let out = FileHandle.standardOutput
            func send(_ response: WorkerResponse) {
                var data = (try? JSONEncoder().encode(response)) ?? Data("{\"ok\":false}".utf8)
                data.append(0x0A)
                out.write(data)
            }
            while let line = readLine(strippingNewline: true) {
                guard let request = try? JSONDecoder().decode(WorkerRequest.self, from: Data(line.utf8)) else { continue }
                watch.begin(seconds: request.timeout.map { $0 + Self.grace })
                let (response, record) = Self.handle(request, extractor) { pages in
                    send(WorkerResponse(ok: true, pages: pages, interim: true))
                    if let base = request.timeout, let perPage = request.secondsPerPage {
                        watch.extend(seconds: base + perPage * Double(pages) + Self.grace)
                    }
                }
                watch.end()
                send(response)
                if var record {
                    record.append(0x0A)
                    out.write(record)
                }
            }
        }

        /// Converts one input: the final answer, and in `--ndjson` mode the record line (compact,
        /// no newline). `onPages` hears a PDF's page count before the conversion starts.
        static func handle(_ request: WorkerRequest, _ extractor: Extractor, onPages: (Int) -> Void) -> (WorkerResponse, Data?) {
            // Fault injection for the batch's own tests: a worker that dies on one input.
            if let victim = ProcessInfo.processInfo.environment["CONTRACT_EXTRACT_WORKER_CRASH_ON"], request.input.hasSuffix(victim) {
                UnsafeMutablePointer<Int>(bitPattern: 8)!.pointee = 1  // a real fault, as a poppler bug would make
            }
            do {
                let result = try convert(request, extractor, onPages: onPages)
                if let output = request.output {
                    try DurableFile.write(try JSONCoding.encode(result), to: output, label: request.input)
                    return (WorkerResponse(ok: true, pages: result.source.pageCount), nil)
                }
                var line = try JSONCoding.encode(result, pretty: false)
                line.removeLast()  // the newline
                return (WorkerResponse(ok: true, bytes: line.count, pages: result.source.pageCount), line)
            } catch let error as ExtractionError {
                // Under the batch's address-space limit, a readable file that "cannot be read" is
                // memory running out at the read (mmap refused): say so, as the guard would.
                if case .unreadable = error, addressSpaceLimited(), FileManager.default.isReadableFile(atPath: request.input) {
                    _exit(WorkerGuard.memoryStatus)
                }
                return (WorkerResponse(ok: false, error: error.description, exitStatus: error.exitCode), nil)
            } catch let error as WriteFailure {
                return (WorkerResponse(ok: false, error: error.description, exitStatus: 74), nil)
            } catch {
                return (WorkerResponse(ok: false, error: "\(request.input): \(error)", exitStatus: 70), nil)
            }
        }

        /// Whether this process runs under an address-space limit (`--address-space-mb`).
        private static func addressSpaceLimited() -> Bool {
            var limit = rlimit()
            return getrlimit(Int32(RLIMIT_AS.rawValue), &limit) == 0 && limit.rlim_cur != rlim_t.max
        }

        /// Reads the input (by its exact bytes when its name is not UTF-8) and converts it.
        private static func convert(_ request: WorkerRequest, _ extractor: Extractor, onPages: (Int) -> Void) throws -> ExtractionResult {
            guard let hex = request.inputHex, let bytes = hexBytes(hex) else {
                let url = URL(fileURLWithPath: request.input)
                if let data = try? Data(contentsOf: url, options: .alwaysMapped), let pages = Extractor.pageCount(data) { onPages(pages) }
                return try extractor.extract(contentsOf: url)
            }
            let base = bytes.split(separator: 0x2F, omittingEmptySubsequences: false).last.map(Array.init) ?? bytes
            let shown = (request.input as NSString).lastPathComponent
            let fd = (bytes + [0]).withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_RDONLY | O_CLOEXEC) }
            }
            guard fd >= 0 else { throw ExtractionError.notFound(request.input) }
            defer { close(fd) }
            let data = try Data(contentsOf: URL(fileURLWithPath: "/proc/self/fd/\(fd)"), options: .alwaysMapped)
            if let pages = Extractor.pageCount(data) { onPages(pages) }
            var result = try extractor.extract(data: data, fileName: shown)
            if String(validating: base, as: UTF8.self) == nil {  // only the name's own bytes count
                result.source.fileNameBytes = base.map { String(format: "%02x", $0) }.joined()
            }
            return result
        }

        private static func hexBytes(_ text: String) -> [UInt8]? {
            let chars = Array(text.utf8)
            guard chars.count % 2 == 0 else { return nil }
            return stride(from: 0, to: chars.count, by: 2).compactMap { UInt8(String(decoding: chars[$0..<$0 + 2], as: UTF8.self), radix: 16) }
        }
    }
}
