/// What the start and end of a line say about whether it continues a sentence: numbering labels
/// and `key：` prefixes start something new; 。；：and closing brackets end something.
enum LineShape {
    /// Scalars after which a line is complete: sentence ends, colons, closing brackets.
    static let closers: ScalarSet = [
        "。", "；", "！", "？", "：", ":", ";", "!", "?", "）", ")", "】", "」", "』", "”", "\"", "]", "…",
    ]

    static func endsClause(_ line: SourceLine) -> Bool {
        guard let last = line.chars.last(where: { !$0.scalar.isSpace }) else { return true }
        return closers.contains(last.scalar)
    }

    /// True when the line begins with a numbering label (`第三条`, `一、`, `（二）`, `3.1`, `1、`,
    /// `(1)`, `①`) or a short `key：` (`地址：`, `开户行：`).
    static func startsNewItem(_ line: SourceLine) -> Bool {
        startsWithLabel(line) || startsWithKey(line)
    }

    /// The same grammar the clause parser uses (`NumberingLabel`), plus `附件`.
    static func startsWithLabel(_ line: SourceLine) -> Bool {
        let scalars = line.chars.lazy.map(\.scalar)
        var head = Array(scalars.prefix(24))[...]
        while let f = head.first, f.isSpace { head.removeFirst() }
        if head.starts(with: "附件".unicodeScalars) { return true }
        return NumberingLabel.scan(head) != nil
    }

    /// The numbering label the line opens with, if any.
    static func label(_ line: SourceLine) -> NumberingLabel? {
        var head = Array(line.chars.lazy.map(\.scalar).prefix(24))[...]
        while let f = head.first, f.isSpace { head.removeFirst() }
        return NumberingLabel.scan(head)
    }

    /// `next` opens with the item after the one `prev` opens with (`2、…` then `3、…`): a new
    /// item, however the geometry looks.
    static func continuesNumbering(_ prev: SourceLine, _ next: SourceLine) -> Bool {
        guard let a = label(prev), let b = label(next) else { return false }
        return a.style == b.style && b.number == a.number + 1
    }

    /// A short `key：` at the start (`地址：`, `开户行：`): up to 12 scalars without punctuation.
    static func startsWithKey(_ line: SourceLine) -> Bool {
        var count = 0
        var spaced = false  // `丙方(盖章) :`: spaces may stand before the colon, nowhere else
        for c in line.chars {
            let s = c.scalar
            if count == 0, s.isSpace { continue }
            if s == "：" || s == ":" { return count > 0 }
            if s.isSpace { spaced = true; continue }
            if spaced || "，。；、".unicodeScalars.contains(s) { return false }
            count += 1
            if count > 12 { return false }
        }
        return false
    }
}
