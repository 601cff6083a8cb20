/// What the start and end of a line say about whether it continues a sentence: numbering labels
/// and `key：` prefixes start something new; 。；：and closing brackets end something.
enum LineShape {
    /// Scalars after which a line is complete: sentence ends, colons, closing brackets.
    static let closers: Set<Unicode.Scalar> = [
        "。", "；", "！", "？", "：", ":", ";", "!", "?", "）", ")", "】", "」", "』", "”", "\"", "]", "…",
    ]

    static func endsClause(_ line: SourceLine) -> Bool {
        guard let last = line.chars.last(where: { !$0.scalar.properties.isWhitespace }) else { return true }
        return closers.contains(last.scalar)
    }

    /// True when the line begins with a numbering label (`第三条`, `一、`, `（二）`, `3.1`, `1、`,
    /// `(1)`, `①`) or a short `key：` (`地址：`, `开户行：`).
    static func startsNewItem(_ line: SourceLine) -> Bool {
        startsWithLabel(line) || startsWithKey(line)
    }

    static func startsWithLabel(_ line: SourceLine) -> Bool {
        line.text.trimmedWhitespace.prefixMatch(of: label) != nil
    }

    static func startsWithKey(_ line: SourceLine) -> Bool {
        line.text.trimmedWhitespace.prefixMatch(of: key) != nil
    }

    nonisolated(unsafe) private static let label =
        /(?:第[一二三四五六七八九十百零〇两\d]+[条章节款部分]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,3}(?:\.\d{1,3})+\.?(?!\d)|\d{1,3}[、．)）]|\d{1,3}\.(?!\d)|[１-９][０-９]?[．、]|[①-⑳]|附件)/
    nonisolated(unsafe) private static let key = /[^\s：:，。；、]{1,12}[：:]/
}
