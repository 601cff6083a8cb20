import Foundation

/// A mistyped subcommand (`contract-extract bach inbox/ --out records`): the default command
/// would take `bach` for a file and fail on something else, so the first argument is checked
/// first — when it is no file, looks like no path and is within two edits of a command, the
/// user is told which command they meant.
enum CommandSlip {
    static let commands = ["convert", "show", "text", "batch", "regress", "schema", "help"]

    static func suggestion(for arguments: [String]) -> String? {
        guard let word = arguments.first, !word.hasPrefix("-"), !commands.contains(word),
              !word.contains("/"), !word.contains("."), !FileManager.default.fileExists(atPath: word) else { return nil }
        let scored = commands.map { ($0, EditDistance.between($0, word.lowercased())) }.filter { $0.1 <= 2 }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return "\(word): no such file or command; did you mean `contract-extract \(best.0)`?"
    }
}
