/// Everything one input file yields (schema version 2): the source description, every agreement
/// found in order, and what the pipeline could not resolve. Encoded with `JSONCoding`, the same
/// input always gives the same bytes.
public struct ExtractionResult: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = "4"

    public var schemaVersion: String
    public var source: Source
    public var contracts: [Contract]
    public var diagnostics: [Diagnostic]

    public init(source: Source, contracts: [Contract] = [], diagnostics: [Diagnostic] = []) {
        self.schemaVersion = Self.currentSchemaVersion
        self.source = source
        self.contracts = contracts
        self.diagnostics = diagnostics
    }
}
