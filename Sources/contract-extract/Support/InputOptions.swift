import ArgumentParser
import Extractor
import Foundation

/// The input file argument shared by the commands that read one document; `-` reads stdin.
struct InputOptions: ParsableArguments {
    @Argument(help: "A PDF or text file, or - for standard input.")
    var file: String

    @Option(help: "Which PDF pages are read by OCR: auto (pages without a usable text layer), never, always.")
    var ocr: ExtractionOptions.OCRMode = .auto

    @Option(help: .hidden) var ocrDpi: Double = OCRSettings.dpi

    /// The extractor these options ask for.
    var extractor: Extractor {
        var options = ExtractionOptions(ocr: ocr, ocrDPI: ocrDpi)
        options.prepareOCR = { OCRThreads.limitToOne() }
        return Extractor(options: options)
    }

    func read(_ extractor: Extractor) throws -> TextDocument {
        if file == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return try extractor.read(data: data, fileName: "stdin")
        }
        return try extractor.read(contentsOf: URL(fileURLWithPath: file))
    }
}

extension ExtractionOptions.OCRMode: ExpressibleByArgument {}
