/// Removes what a PDF-to-markdown converter adds: `**` emphasis anywhere, a leading list marker
/// (`- `, `* `, `+ `) and heading hashes. Table rows keep their pipes.
enum MarkdownNoise {
    static func clean(_ line: inout SourceLine) {
        removeEmphasis(&line.chars)
        if !line.isTableRow { removeLeadingMarker(&line.chars) }
    }

    /// Leaves a line without `**` as it is (no copy).
    private static func removeEmphasis(_ chars: inout [SourceChar]) {
        guard chars.indices.dropLast().contains(where: { chars[$0].scalar == "*" && chars[$0 + 1].scalar == "*" }) else { return }
        var i = 0
        var out: [SourceChar] = []
        out.reserveCapacity(chars.count)
        while i < chars.count {
            if chars[i].scalar == "*", i + 1 < chars.count, chars[i + 1].scalar == "*" {
                i += 2
                continue
            }
            out.append(chars[i])
            i += 1
        }
        chars = out
    }

    private static func removeLeadingMarker(_ chars: inout [SourceChar]) {
        guard let first = chars.firstIndex(where: { !$0.scalar.isSpace }) else { return }
        let s = chars[first].scalar
        if ["-", "*", "+", "•", "·"].contains(s), first + 2 < chars.count,
           chars[first + 1].scalar == " ", !chars[first + 2].scalar.isSpace,
           !(s == "-" && chars.last?.scalar == "-") {  // `- 3 -` is a page number, not a list
            chars.removeSubrange(first...(first + 1))
        } else if s == "#" {
            var end = first
            while end < chars.count, chars[end].scalar == "#" { end += 1 }
            if end - first <= 6, end < chars.count, chars[end].scalar == " " {
                chars.removeSubrange(first...end)
            }
        }
    }
}
