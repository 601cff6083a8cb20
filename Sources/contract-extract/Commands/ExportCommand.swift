import ArgumentParser
import Extractor
import Foundation
import Schema
import Store

extension ContractExtract {
    /// `contract-extract export --csv DIR (--db DB | PATH)`: spreadsheets from records;
    /// `export --reviewed DIR --db DB`: each stored document's reviewed record as JSON.
    struct ExportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "Write contracts.csv, parties.csv, amounts.csv and diagnostics.csv from a store or from records.",
            discussion: """
                The records come from --db (a store), or from PATH: a folder of .json records (batch --out) or an \
                NDJSON file (batch --ndjson). The files are UTF-8 with a byte-order mark, so spreadsheet programs \
                show Chinese; each is written whole (temporary file, then renamed). From a store, every record is \
                the reviewed record (extracted + the corrections of `contract-extract review`). --reviewed DIR \
                writes each stored document's reviewed record as DIR/<sha256>.json (the record format of \
                docs/record.md). --golden DIR writes the reviewed record of each stored document that someone has \
                reviewed (contract-extract review) as a corpus golden, DIR/<file name>.json without location and \
                provenance, as `regress` reads it; unreviewed documents are named and not written (a golden is \
                reviewed, never an unchecked extraction). Exit 0; 65 if some file or line was not a record (the others are exported); 66 PATH \
                not found; 69 the store cannot be used; 74 DIR not writable.
                """)

        @Option(help: "Write the CSV files into this directory (created if missing).") var csv: String?
        @Option(help: "Write each stored document's reviewed record as DIR/<sha256>.json (with --db).") var reviewed: String?
        @Option(help: "Write each reviewed document's reviewed record as its golden, DIR/<file name>.json (with --db).") var golden: String?
        @Option(help: "Read the records from this store: a SQLite file, or postgres://user@host:port/database.") var db: String?
        @Argument(help: "A folder of .json records or an NDJSON file (instead of --db).") var path: String?

        func validate() throws {
            try StoreIngest.validate(db)
            guard (db == nil) != (path == nil) else { throw ValidationError("give exactly one of --db DB and a PATH of records") }
            guard csv != nil || reviewed != nil || golden != nil else { throw ValidationError("give --csv DIR, --reviewed DIR or --golden DIR") }
            if (reviewed != nil || golden != nil) && db == nil { throw ValidationError("--reviewed and --golden read a store: give --db DB") }
        }

        func run() throws {
            var export = SpreadsheetExport()
            var problems: [String] = []
            if let db {
                let store = try StoreIngest.open(db, mode: .read)
                defer { store.close() }
                if let reviewed { try Self.createDirectory(reviewed) }
                if let golden { try Self.createDirectory(golden) }
                let statuses = golden == nil ? [:] : try store.documentStatuses()
                var written = 0, goldens = 0
                try store.forEachRecord { record in
                    export.add(record)
                    if let reviewed {
                        let file = (reviewed as NSString).appendingPathComponent(record.source.sha256 + ".json")
                        try OutputFile.write(try JSONCoding.encode(record), to: file)
                        written += 1
                    }
                    if let golden {
                        let name = (record.source.fileName as NSString).lastPathComponent
                        guard (statuses[record.source.sha256]?.reviews ?? 0) > 0 else {
                            BatchCommand.say("contract-extract: export: \(name) has no review: no golden written")
                            return
                        }
                        try OutputFile.write(try RegressionRun.goldenData(of: record), to: (golden as NSString).appendingPathComponent(name + ".json"))
                        goldens += 1
                    }
                }
                if let reviewed { BatchCommand.say("contract-extract: export: \(written) reviewed records → \(reviewed)/") }
                if let golden { BatchCommand.say("contract-extract: export: \(goldens) goldens of reviewed records → \(golden)/") }
            } else if let path {
                do {
                    try RecordFiles.forEach(in: path, onProblem: { problems.append($0.description) }) { record, _ in export.add(record) }
                } catch let error as StoreError where error.kind == .missing {
                    throw ExtractionError.notFound(path)
                }
            }
            guard let csv else { return }
            try Self.createDirectory(csv)
            for name in SpreadsheetExport.files {
                try OutputFile.write(try export.csv(name), to: (csv as NSString).appendingPathComponent(name))
            }
            for problem in problems { BatchCommand.say("contract-extract: not a record: \(problem)") }
            BatchCommand.say("contract-extract: export: \(export.records) records → \(csv)/{\(SpreadsheetExport.files.joined(separator: ","))}")
            if !problems.isEmpty { throw ExitCode(65) }
        }

        static func createDirectory(_ path: String) throws {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path: path, reason: "cannot create the directory")
            }
        }
    }
}
