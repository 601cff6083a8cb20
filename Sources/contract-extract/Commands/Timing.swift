import ArgumentParser
import Extractor
import Foundation
import Schema

extension ContractExtract {
    /// Hidden diagnostic for `make bench`: how long each stage takes on one file, in one process
    /// (so start-up cost is left out), as seconds and MB/s of input.
    struct Timing: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timing",
            abstract: "Time the stages of one extraction.", shouldDisplay: false)

        @Argument(help: "A PDF, DOCX, HTML or text file.")
        var file: String

        @Option(help: "Repeat and keep the fastest run.")
        var runs = 3

        func run() throws {
            let url = URL(fileURLWithPath: file)
            var best: (read: Double, text: Double, parse: Double, encode: Double)?
            var bytes = 0, scalars = 0, contracts = 0
            var peaks: [(stage: String, megabytes: Int)] = []  // VmHWM after each stage of the first run
            for _ in 0..<max(1, runs) {
                let t0 = Date()
                let data = try Data(contentsOf: url)
                let t1 = Date()
                let extractor = Extractor()
                let document = try extractor.read(data: data, fileName: url.lastPathComponent)
                let t2 = Date()
                peaks.append(("text layer", Int(ProcessMemory.peakMegabytes())))
                let result = extractor.result(of: document)
                let t3 = Date()
                peaks.append(("parse", Int(ProcessMemory.peakMegabytes())))
                _ = try JSONCoding.encode(result)
                let t4 = Date()
                peaks.append(("json", Int(ProcessMemory.peakMegabytes())))
                let times = (t1.timeIntervalSince(t0), t2.timeIntervalSince(t1), t3.timeIntervalSince(t2), t4.timeIntervalSince(t3))
                if best == nil || times.1 + times.2 < best!.text + best!.parse { best = times }
                bytes = data.count
                scalars = document.text.count
                contracts = result.contracts.count
            }
            guard let best else { return }
            let mb = Double(bytes) / 1_048_576
            print(String(format: "input %.2f MB, normalized text %d code points, %d contracts", mb, scalars, contracts))
            print(String(format: "read %.3f s | text layer %.3f s (%.1f MB/s) | parse %.3f s (%.1f MB/s) | json %.3f s",
                         best.read, best.text, mb / best.text, best.parse, mb / best.parse, best.encode))
            print(String(format: "parse cost relative to reading the text layer: %.2fx", best.parse / best.text))
            // Peak resident memory of the first run after each stage (the process's high-water
            // mark, so a stage's figure includes everything before it).
            print("peak RSS after " + peaks.prefix(3).map { "\($0.stage) \($0.megabytes) MB" }.joined(separator: ", "))
        }
    }
}
