import ArgumentParser
import Extractor
import Foundation
import Schema

extension ContractExtract {
    /// `contract-extract text FILE`: the normalized text that every `location` points into.
    struct TextCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "text",
            abstract: "Print the normalized text that locations point into.",
            discussion: """
                Offsets in records count Unicode code points of the plain output. --pages adds \
                `=== page N ===` lines for reading (offsets then no longer line up); --lines prints \
                one JSON object per line with its span, page, bbox (PDF) or byte range (text).
                """)

        @OptionGroup var input: InputOptions

        @Flag(help: "Mark where each page starts.")
        var pages = false

        @Flag(help: "One JSON object per line: start, end, page, bbox or bytes, table, text.")
        var lines = false

        func validate() throws {
            if pages && lines { throw ValidationError("--pages and --lines cannot be combined") }
        }

        func run() throws {
            let document = try input.read(input.extractor)
            let text = document.text
            var out = Data()
            if lines {
                for (n, line) in text.lines.enumerated() {
                    out.append(try JSONCoding.encode(LineDump(number: n + 1, line: line, in: text), pretty: false))
                }
            } else if pages {
                var page = 0
                for line in text.lines {
                    if line.page != page {
                        page = line.page
                        out.append(Data("=== page \(page) ===\n".utf8))
                    }
                    out.append(Data((text.slice(line.range) + "\n").utf8))
                }
            } else if !text.string.isEmpty {
                out.append(Data((text.string + "\n").utf8))
            }
            OutputFile.writeStdout(out)
        }
    }
}

/// One normalized line as `text --lines` prints it.
struct LineDump: Encodable {
    var line: Int
    var start: Int
    var end: Int
    var page: Int?
    var bbox: BoundingBox?
    var bytes: [Int]?
    var table: Bool
    var text: String

    init(number: Int, line: NormalizedText.Line, in text: NormalizedText) {
        let location = text.location(of: line.range)
        self.line = number
        start = line.range.lowerBound
        end = line.range.upperBound
        page = location.page ?? (text.byteRange(of: line.range) == nil ? nil : line.page)
        bbox = location.bbox
        bytes = text.byteRange(of: line.range).map { [$0.lowerBound, $0.upperBound] }
        table = line.isTableRow
        self.text = text.slice(line.range)
    }
}
