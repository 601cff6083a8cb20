import ArgumentParser
import Batch
import Extractor
import Foundation
import Schema

extension ContractExtract {
    /// `contract-extract worker` (hidden): the child process of `batch`. Reads one request per
    /// line, converts, answers one line, until its stdin ends. A hard address-space limit backs
    /// up the parent's memory watch.
    struct Worker: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "worker", abstract: "Serve batch requests on stdin (used by batch).", shouldDisplay: false)

        @Option var ocr: ExtractionOptions.OCRMode = .auto
        @Option(help: "Address-space limit in MB (0: none).") var addressSpaceMb = 0

        func run() throws {
            if addressSpaceMb > 0 {
                let bytes = rlim_t(addressSpaceMb) << 20
                var limit = rlimit(rlim_cur: bytes, rlim_max: bytes)
                setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
            }
            var options = ExtractionOptions(ocr: ocr)
            options.prepareOCR = { OCRThreads.limitToOne() }  // the batch parent normally sets it already
            let extractor = Extractor(options: options)
            let out = FileHandle.standardOutput
            while let line = readLine(strippingNewline: true) {
                guard let request = try? JSONDecoder().decode(WorkerRequest.self, from: Data(line.utf8)) else { continue }
                let response = Self.handle(request, extractor)
                var data = (try? JSONEncoder().encode(response)) ?? Data("{\"ok\":false}".utf8)
                data.append(0x0A)
                out.write(data)
            }
        }

        static func handle(_ request: WorkerRequest, _ extractor: Extractor) -> WorkerResponse {
            // Fault injection for the batch's own tests: a worker that dies on one input.
            if let victim = ProcessInfo.processInfo.environment["CONTRACT_EXTRACT_WORKER_CRASH_ON"], request.input.hasSuffix(victim) {
                UnsafeMutablePointer<Int>(bitPattern: 8)!.pointee = 1  // a real fault, as a poppler bug would make
            }
            do {
                let result = try extractor.extract(contentsOf: URL(fileURLWithPath: request.input))
                if let output = request.output {
                    try OutputFile.write(try JSONCoding.encode(result), to: output)
                    return WorkerResponse(ok: true)
                }
                var line = try JSONCoding.encode(result, pretty: false)
                line.removeLast()  // the newline
                return WorkerResponse(ok: true, line: String(decoding: line, as: UTF8.self))
            } catch let error as ExtractionError {
                return WorkerResponse(ok: false, error: error.description, exitStatus: error.exitCode)
            } catch let error as OutputError {
                return WorkerResponse(ok: false, error: error.description, exitStatus: 74)
            } catch {
                return WorkerResponse(ok: false, error: "\(request.input): \(error)", exitStatus: 70)
            }
        }
    }
}
