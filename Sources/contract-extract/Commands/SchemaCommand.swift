import ArgumentParser
import Foundation
import Schema

extension ContractExtract {
    /// `contract-extract schema`: the JSON Schema every record validates against.
    struct SchemaCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema", abstract: "Print the JSON Schema (draft 2020-12) of the extraction result.")

        func run() throws {
            FileHandle.standardOutput.write(Data((RecordSchema.json + "\n").utf8))
        }
    }
}
