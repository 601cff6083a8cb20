import ArgumentParser
import Extractor
import Foundation
import Store

/// The `contract-extract` command line: stdout carries only results; every error is one stderr
/// line `contract-extract: error: …` naming the file, with the exit status cli.md documents.
///
/// Every command names itself (`commandName:`): without one, ArgumentParser derives the name
/// with `String(describing:)` of the type, which asks the runtime for three protocols per
/// command, each a scan of every conformance in the binary: a fifth of a small conversion's
/// start-up.
@main
struct ContractExtract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contract-extract",
        abstract: "Turn Chinese contract documents (PDF, Word, HTML or text) into checked JSON records.",
        version: "0.1.0",
        subcommands: [Convert.self, Show.self, TextCommand.self, BatchCommand.self, IngestCommand.self, SearchCommand.self, ExportCommand.self, ReviewCommand.self, Regress.self, SchemaCommand.self, Worker.self, Cycles.self, Timing.self],
        defaultSubcommand: Convert.self
    )

    static func main() {
        if let slip = CommandSlip.suggestion(for: Array(CommandLine.arguments.dropFirst())) { fail(slip, status: 64) }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ExtractionError {
            fail(error.description, status: error.exitCode)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch let error as StoreError {
            fail(error.description, status: error.exitStatus)
        } catch let error as SearchError {
            fail(error.description, status: 64)
        } catch let error as OutputError {
            fail(error.description, status: 74)
        } catch {
            let status = exitCode(for: error)
            if status == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = fullMessage(for: error)
                .split(separator: "\n").first.map(String.init) ?? "\(error)"
            let trimmed = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
            fail(trimmed + (status.rawValue == 64 ? " (see --help)" : ""), status: status.rawValue)
        }
    }

    static func fail(_ message: String, status: Int32) -> Never {
        FileHandle.standardError.write(Data("contract-extract: error: \(message)\n".utf8))
        Foundation.exit(status)
    }
}
