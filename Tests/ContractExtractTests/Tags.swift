import Testing

extension Tag {
    /// Tests that run real batches of dozens of files or tens of MB (seconds to minutes each):
    /// `swift test --skip-build --filter` can leave them out while iterating; CI runs them.
    @Tag static var heavy: Self
}
