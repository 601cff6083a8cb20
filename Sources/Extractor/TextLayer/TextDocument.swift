import Schema

/// A document read into normalized text: what was read (`source`, including the page furniture
/// that left the text), the text with its index back to the input, and what the text layer
/// noticed (`diagnostics`). Everything later stages point at uses `text`'s offsets.
public struct TextDocument: Sendable {
    public var source: Source
    public var text: NormalizedText
    public var diagnostics: [Diagnostic]

    public init(source: Source, text: NormalizedText, diagnostics: [Diagnostic]) {
        self.source = source
        self.text = text
        self.diagnostics = diagnostics
    }
}
