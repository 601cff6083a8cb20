import ArgumentParser
import Extractor
import Foundation
import Store

extension ContractExtract {
    /// `contract-extract export --csv DIR (--db DB | PATH)`: spreadsheets from records.
    struct ExportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "Write contracts.csv, parties.csv, amounts.csv and diagnostics.csv from a store or from records.",
            discussion: """
                The records come from --db (a store), or from PATH: a folder of .json records (batch --out) or an \
                NDJSON file (batch --ndjson). The files are UTF-8 with a byte-order mark, so spreadsheet programs \
                show Chinese; each is written whole (temporary file, then renamed). Exit 0; 65 if some file or line \
                was not a record (the others are exported); 66 PATH not found; 69 the store cannot be used; 74 DIR \
                not writable.
                """)

        @Option(help: "Write the CSV files into this directory (created if missing).") var csv: String
        @Option(help: "Read the records from this store: a SQLite file, or postgres://user@host:port/database.") var db: String?
        @Argument(help: "A folder of .json records or an NDJSON file (instead of --db).") var path: String?

        func validate() throws {
            try StoreIngest.validate(db)
            guard (db == nil) != (path == nil) else { throw ValidationError("give exactly one of --db DB and a PATH of records") }
        }

        func run() throws {
            var export = SpreadsheetExport()
            var problems: [String] = []
            if let db {
                let store = try StoreIngest.open(db, mode: .read)
                defer { store.close() }
                try store.forEachRecord { export.add($0) }
            } else if let path {
                do {
                    try RecordFiles.forEach(in: path, onProblem: { problems.append($0.description) }) { record, _ in export.add(record) }
                } catch let error as StoreError where error.kind == .missing {
                    throw ExtractionError.notFound(path)
                }
            }
            do {
                try FileManager.default.createDirectory(atPath: csv, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path: csv, reason: "cannot create the directory")
            }
            for name in SpreadsheetExport.files {
                try OutputFile.write(try export.csv(name), to: (csv as NSString).appendingPathComponent(name))
            }
            for problem in problems { BatchCommand.say("contract-extract: not a record: \(problem)") }
            BatchCommand.say("contract-extract: export: \(export.records) records → \(csv)/{\(SpreadsheetExport.files.joined(separator: ","))}")
            if !problems.isEmpty { throw ExitCode(65) }
        }
    }
}
