import ArgumentParser
import Extractor
import Foundation

extension ContractExtract {
    /// `contract-extract regress`: every corpus document against its golden record.
    struct Regress: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "regress",
            abstract: "Compare the record of every corpus document with its golden file.",
            discussion: """
                Prints, per document, each differing path with the expected and the actual value, then \
                `N passed, N failed`. Exit status 1 on any difference, missing golden or golden without \
                a document. Goldens are written only with --update or GOLDEN_RECORD=missing|all.
                """)

        @Option(help: "Directory of input documents.") var corpus = "corpus"
        @Option(help: "Directory of golden records (<document name>.json).") var golden = "golden"
        @Flag(help: "Rewrite the goldens that differ (and write missing ones), printing what changed.") var update = false
        @Flag(help: "Print a per-field accuracy table over the corpus.") var summary = false
        @Flag(name: .shortAndLong, help: "Also list passing documents and known failures' differences.") var verbose = false
        @Option(help: "Which OCR engine reads scanned pages: ppocr (default) or tesseract.")
        var ocrEngine: OCREngineKind = .ppocr
        @Argument(help: "Only documents whose name contains this.") var filter: String?

        func run() throws {
            let mode = update ? .all : try RecordMode(environment: ProcessInfo.processInfo.environment)
            var options = ExtractionOptions(ocrEngine: ocrEngine)
            options.prepareOCR = { OCRThreads.limitToOne() }
            var run = RegressionRun(corpus: URL(fileURLWithPath: corpus), golden: URL(fileURLWithPath: golden),
                                    filter: filter, mode: mode, extractor: Extractor(options: options))
            let status = StatusLine()
            run.onProgress = { done, total in status.show("\(done)/\(total) documents", force: done == total) }
            let report: RegressionReport
            do {
                report = try run.run()
                status.clear()
            } catch {
                ContractExtract.fail("\(error)", status: 66)
            }
            FileHandle.standardOutput.write(Data(report.text(summary: summary, verbose: verbose).utf8))
            if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
        }
    }
}
