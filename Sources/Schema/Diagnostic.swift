/// Something the pipeline noticed and could not resolve. `code` is stable kebab-case that scripts
/// may match on; `message` is one sentence for a person; `location` is null when the finding is
/// about the file as a whole.
public struct Diagnostic: Codable, Sendable, Equatable {
    public enum Severity: String, Codable, Sendable { case warning, error }

    public var severity: Severity
    public var code: String
    public var message: String
    @NullEncoded public var location: Location?

    public init(severity: Severity, code: String, message: String, location: Location? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }
}
