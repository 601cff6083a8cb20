import ArgumentParser
import Extractor
import Foundation

extension ContractExtract {
    /// Hidden diagnostic: open and extract one file many times, printing the resident set size
    /// as it goes, so a leak in a C handle shows up as growth. Used by `make bench`.
    struct Cycles: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cycles",
            abstract: "Extract one file repeatedly and report resident memory.", shouldDisplay: false)

        @Argument(help: "A PDF, DOCX, HTML or text file.")
        var file: String

        @Option(help: "How many open/extract cycles.")
        var count = 1000

        func run() throws {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            let name = URL(fileURLWithPath: file).lastPathComponent
            let extractor = Extractor()
            let step = max(1, count / 10)
            let start = Date()
            for i in 1...max(count, 1) {
                _ = try extractor.extract(data: data, fileName: name)
                if i % step == 0 || i == 1 {
                    print("cycle \(i): rss \(String(format: "%.1f", ProcessMemory.residentMegabytes())) MB")
                }
            }
            let seconds = Date().timeIntervalSince(start)
            print(String(format: "%d cycles in %.2f s (%.2f ms each)", count, seconds, seconds * 1000 / Double(count)))
        }

    }
}
