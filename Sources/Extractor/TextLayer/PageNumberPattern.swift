/// Recognizes page-number lines: `第 1 页/共 11页`, `第3页`, `共5页 第2页`, `- 3 -`, `3/9`, `Page 2 of 9`,
/// a bare `7`, `第二页`. Whitespace inside is ignored; a number is one to four numerals (`\d`).
///
/// A hand-written matcher over scalars rather than `Regex` literals: the first use of a Swift
/// regex costs a few milliseconds of the command's start-up, and this runs on every line.
enum PageNumberPattern {
    /// `allowBare`: whether a lone number counts. Only where position proves it (a PDF line in
    /// the top or bottom band); in running text a lone number may be anything.
    static func matches(_ text: String, allowBare: Bool = true) -> Bool {
        var s: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where !scalar.isSpace {
            s.append(scalar)
            if s.count > 24 { return false }
        }
        guard !s.isEmpty else { return false }
        var bare = Cursor(s)
        if bare.number(), bare.atEnd { return allowBare }
        return shapes.contains { shape in
            var cursor = Cursor(s)
            return shape(&cursor) && cursor.atEnd
        }
    }

    private static let separators: Set<Unicode.Scalar> = ["/", "／", ",", "，", "、"]
    private static let slashes: Set<Unicode.Scalar> = ["/", "／"]
    private static let dashes: Set<Unicode.Scalar> = ["-", "–", "—", "－"]

    /// Each shape consumes a whole line or fails; the caller checks that nothing is left.
    private static let shapes: [@Sendable (inout Cursor) -> Bool] = [
        // 第N页, optionally followed by 共N页 after one separator
        { c in
            guard c.take("第"), c.number(), c.take("页") else { return false }
            if c.atEnd { return true }
            _ = c.take(oneOf: separators)
            return c.take("共") && c.number() && c.take("页")
        },
        // 共N页 第N页
        { c in
            guard c.take("共"), c.number(), c.take("页") else { return false }
            _ = c.take(oneOf: separators)
            return c.take("第") && c.number() && c.take("页")
        },
        // - N -
        { c in c.take(oneOf: dashes) && c.number() && c.take(oneOf: dashes) },
        // N/N
        { c in c.number() && c.take(oneOf: slashes) && c.number() },
        // Page N, Page N of M, Page N/M (any case; an ASCII slash only)
        { c in
            guard c.takeWord("page"), c.number() else { return false }
            if c.atEnd { return true }
            return (c.takeWord("of") || c.take("/")) && c.number()
        },
    ]

    private struct Cursor {
        let scalars: [Unicode.Scalar]
        var at = 0
        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var atEnd: Bool { at == scalars.count }

        mutating func take(_ scalar: Unicode.Scalar) -> Bool {
            guard at < scalars.count, scalars[at] == scalar else { return false }
            at += 1
            return true
        }

        mutating func take(oneOf set: Set<Unicode.Scalar>) -> Bool {
            guard at < scalars.count, set.contains(scalars[at]) else { return false }
            at += 1
            return true
        }

        /// An ASCII word, any case.
        mutating func takeWord(_ word: String) -> Bool {
            var i = at
            for letter in word.unicodeScalars {
                guard i < scalars.count, scalars[i].properties.lowercaseMapping == String(letter) else { return false }
                i += 1
            }
            at = i
            return true
        }

        /// One to four numerals and no fifth, as a regex's `\d` reads characters: any character
        /// whose first scalar is numeric (`3`, `３`, `三`, `①`), with the marks that extend it
        /// (a keycap).
        mutating func number() -> Bool {
            var i = at, characters = 0
            while i < scalars.count, scalars[i].properties.numericType != nil {
                i += 1
                characters += 1
                while i < scalars.count, scalars[i].properties.isGraphemeExtend { i += 1 }
            }
            guard (1...4).contains(characters) else { return false }
            at = i
            return true
        }
    }
}
