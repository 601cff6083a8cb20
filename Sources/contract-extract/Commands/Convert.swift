import ArgumentParser
import Extractor
import Foundation
import Schema

extension ContractExtract {
    /// `contract-extract [convert] FILE [-o OUT]`: the extraction result as pretty JSON.
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the extraction result of one PDF, DOCX, HTML or text file as JSON.")

        @OptionGroup var input: InputOptions

        @Option(name: [.customShort("o"), .long], help: "Write the JSON to this file (atomically) instead of stdout.")
        var output: String?

        func run() throws {
            let extractor = input.extractor
            let result = extractor.result(of: try input.read(extractor))
            let json = try JSONCoding.encode(result)
            if let output {
                try OutputFile.write(json, to: output)
            } else {
                OutputFile.writeStdout(json)
            }
        }
    }
}
