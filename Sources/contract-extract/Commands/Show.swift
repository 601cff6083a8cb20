import ArgumentParser
import Extractor
import Foundation

extension ContractExtract {
    /// `contract-extract show FILE`: the record as a person reads it, not as JSON.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show what was read from one document: title, parties, total, dates, term, dispute, copies, diagnostics.",
            discussion: "A screenful for a person; the JSON record (`convert`) holds the same values with their locations.")

        @OptionGroup var input: InputOptions

        func run() throws {
            let extractor = input.extractor
            let result = extractor.result(of: try input.read(extractor))
            let styled = isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            OutputFile.writeStdout(Data(RecordSummary(result: result, styled: styled).render().utf8))
        }
    }
}
