/// `golden/KNOWN_FAILURES.md`: documents whose golden holds the right value while the pipeline is
/// still wrong, each with its reason. One entry per line, `- \`name\` — reason`; other lines
/// are prose. A listed document that fails is reported but does not fail the run; a listed
/// document that passes does fail it, so the list only shrinks on purpose.
public struct KnownFailures: Sendable, Equatable {
    public var reasons: [String: String]

    public static let fileName = "KNOWN_FAILURES.md"

    public init(reasons: [String: String] = [:]) {
        self.reasons = reasons
    }

    public init(markdown: String) {
        var reasons: [String: String] = [:]
        for line in markdown.split(separator: "\n") {
            guard line.hasPrefix("- `"), let close = line.dropFirst(3).firstIndex(of: "`") else { continue }
            let name = String(line[line.index(line.startIndex, offsetBy: 3)..<close])
            let reason = line[line.index(after: close)...].drop { " —–-:".contains($0) }
            reasons[name] = String(reason)
        }
        self.reasons = reasons
    }
}
