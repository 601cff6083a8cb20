import ArgumentParser
import Extractor
import Foundation
import Store

extension ContractExtract {
    /// `contract-extract ingest --db DB PATH…`: records already converted, into a store.
    struct IngestCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ingest", abstract: "Store records already converted (a batch --out folder or an NDJSON file) in a database.",
            discussion: """
                Each record is one transaction, keyed by its sha256: the same record again changes nothing, a \
                newer contract-extract's record replaces the older one. Exit 0; 65 if some file or line was not \
                a record (the others are stored); 64 bad --db; 69 the store cannot be used.
                """)

        @Option(help: "The store: a SQLite file, or postgres://user@host:port/database.") var db: String
        @Argument(help: "Folders of .json records or NDJSON files.") var paths: [String]

        func validate() throws { try StoreIngest.validate(db) }

        func run() throws {
            let store = try StoreIngest.open(db, mode: .write)
            defer { store.close() }
            var total = StoreIngest.Counts()
            for path in paths {
                let counts: StoreIngest.Counts
                do {
                    counts = try StoreIngest.ingest(from: path, into: store)
                } catch let error as StoreError where error.kind == .missing {
                    throw ExtractionError.notFound(path)
                }
                total.inserted += counts.inserted
                total.replaced += counts.replaced
                total.unchanged += counts.unchanged
                total.keptNewer += counts.keptNewer
                total.problems += counts.problems
            }
            for problem in total.problems { BatchCommand.say("contract-extract: not a record: \(problem)") }
            BatchCommand.say("contract-extract: ingest: \(total.line) in \(store.location.shown)")
            if !total.problems.isEmpty { throw ExitCode(65) }
        }
    }
}
