/// Recognizes page-number lines: `第 1 页/共 11页`, `第3页`, `共5页 第2页`, `- 3 -`, `3/9`, `Page 2 of 9`,
/// a bare `7`. Whitespace inside is ignored.
enum PageNumberPattern {
    /// `allowBare`: whether a lone number counts. Only where position proves it (a PDF line in
    /// the top or bottom band); in running text a lone number may be anything.
    static func matches(_ text: String, allowBare: Bool = true) -> Bool {
        let s = String(scalars: text.unicodeScalars.filter { !$0.isSpace })
        guard !s.isEmpty, s.unicodeScalars.count <= 24 else { return false }
        if s.wholeMatch(of: bare) != nil { return allowBare }
        return patterns.contains { s.wholeMatch(of: $0) != nil }
    }

    nonisolated(unsafe) private static let bare = /\d{1,4}/

    nonisolated(unsafe) private static let patterns: [Regex<Substring>] = [
        /第\d{1,4}页(?:[\/／,，、]?共\d{1,4}页)?/,
        /共\d{1,4}页[\/／,，、]?第\d{1,4}页/,
        /[-–—－]\d{1,4}[-–—－]/,
        /\d{1,4}[\/／]\d{1,4}/,
        /(?i)page\d{1,4}(?:(?:of|\/)\d{1,4})?/,
    ]
}
