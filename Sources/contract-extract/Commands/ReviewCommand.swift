import ArgumentParser
import Extractor
import Foundation
import Review
import Schema
import Store

extension ContractExtract {
    /// `contract-extract review (--db DB | FILE)`: the review page, a local web server.
    struct ReviewCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review", abstract: "Serve the review page: every value shown where it sits on the page, confirmed or corrected by a person.",
            discussion: """
                With --db, the documents of a store; their original files are looked up by name under --files \
                (folders or files) and served only when their bytes have the stored sha256. With FILE, that one \
                document: it is converted (unless already stored) into --db, by default FILE.review.sqlite beside \
                it, where its corrections are kept. Listens on 127.0.0.1 unless --host says otherwise (--port 0: a \
                free port), prints the URL on stdout and runs until Ctrl-C (SIGINT) or SIGTERM. Page images are \
                cached under --cache. Exit 0 when stopped; 64 usage; 65/66 FILE unreadable or missing; 69 the \
                store cannot be used or the port cannot be listened on. See docs/review.md.
                """)

        @Argument(help: "One document to review (instead of a store's documents).") var file: String?
        @Option(help: "The store: a SQLite file, or postgres://user@host:port/database (with FILE: where its corrections go).") var db: String?
        @Option(parsing: .singleValue, help: "A folder (or file) where the store's original files are found; repeatable.") var files: [String] = []
        @Option(help: "The address to listen on (127.0.0.1: this machine only).") var host = "127.0.0.1"
        @Option(help: "The port to listen on; 0 picks a free one.") var port = 8642
        @Option(help: "The reviewer's name stored with each review (default: $USER).") var reviewer: String?
        @Option(help: "Where page images are cached (default: $XDG_CACHE_HOME or ~/.cache, contract-extract/pages).") var cache: String?

        func validate() throws {
            try StoreIngest.validate(db)
            guard file != nil || db != nil else { throw ValidationError("give a FILE to review, or --db DB for a store's documents") }
            guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535") }
            if let reviewer, reviewer.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--reviewer is empty") }
        }

        func run() throws {
            let environment = ProcessInfo.processInfo.environment
            var roots = files.map { URL(fileURLWithPath: $0) }
            let store: ContractStore
            if let file {
                let url = URL(fileURLWithPath: file)
                guard FileManager.default.fileExists(atPath: file) else { throw ExtractionError.notFound(file) }
                store = try StoreIngest.open(db ?? file + ".review.sqlite", mode: .write)
                let sha = try Extractor.sha256(of: url)
                if try !store.isCurrent(sha256: sha, extractorVersion: StoreIngest.extractorVersion) {
                    var options = ExtractionOptions()
                    options.prepareOCR = { OCRThreads.limitToOne() }
                    let record = try Extractor(options: options).extract(contentsOf: url)
                    let json = String(decoding: try JSONCoding.encode(record, pretty: false), as: UTF8.self)
                    try store.ingest(record, json: json, extractorVersion: StoreIngest.extractorVersion)
                }
                roots.append(url)
            } else {
                store = try StoreIngest.open(db!, mode: .write)
            }
            defer { store.close() }
            let home = environment["HOME"].map { URL(fileURLWithPath: $0).appendingPathComponent(".cache") }
            let cacheRoot = cache.map { URL(fileURLWithPath: $0) }
                ?? (environment["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0) } ?? home ?? FileManager.default.temporaryDirectory)
                    .appendingPathComponent("contract-extract/pages")
            let server = ReviewServer(store: store, configuration: .init(
                host: host, port: port, reviewer: reviewer ?? environment["USER"] ?? "reviewer", files: roots, cache: cacheRoot))
            let outcome = Outcome()
            let done = DispatchSemaphore(value: 0)
            Task {
                do {
                    try await server.run { url in
                        FileHandle.standardOutput.write(Data((url.absoluteString + "\n").utf8))
                    }
                } catch {
                    outcome.error = error
                }
                done.signal()
            }
            done.wait()
            if let error = outcome.error {
                BatchCommand.say("contract-extract: error: review: cannot serve on \(host):\(port): \(error)")
                throw ExitCode(69)
            }
            BatchCommand.say("contract-extract: review: stopped")
        }
    }
}

/// The server task's error, handed back to the waiting command.
private final class Outcome: @unchecked Sendable {
    var error: Error?
}
