import ArgumentParser
import Extractor
import Foundation
import Schema

extension ContractExtract {
    /// `contract-extract [convert] FILE [-o OUT]`: the extraction result as pretty JSON.
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "convert",
            abstract: "Print the extraction result of one PDF, DOCX, HTML or text file as JSON.")

        @OptionGroup var input: InputOptions

        @Option(name: [.customShort("o"), .long], help: "Write the JSON to this file (atomically) instead of stdout.")
        var output: String?

        func run() throws {
            let extractor = input.extractor
            let result = extractor.result(of: try input.read(extractor))
            // Written as it is encoded: the JSON of a large file (190 MB for 50 MB of text) is
            // never whole in memory.
            if let output {
                try OutputFile.write(to: output) { piece in try JSONCoding.write(result, to: piece) }
            } else {
                try JSONCoding.write(result) { OutputFile.writeStdout($0) }
            }
        }
    }
}
