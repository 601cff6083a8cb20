/// Settings of an extraction. The defaults are what the CLI uses.
public struct ExtractionOptions: Sendable {
    /// Inputs larger than this are refused with `ExtractionError.tooLarge` instead of being read.
    public var maxInputBytes: Int

    public init(maxInputBytes: Int = 512 << 20) {
        self.maxInputBytes = maxInputBytes
    }
}
