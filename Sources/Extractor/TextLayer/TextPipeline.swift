import Schema

/// The clean-up every source goes through after its lines are built, in this order: markdown
/// noise, furniture that survived as text, sentence joining, whitespace.
enum TextPipeline {
    /// Works on the lines in place, so each line's old characters are freed as its new ones
    /// are made (a copy of every stage held at once was most of the text layer's memory).
    static func normalize(_ source: consuming [SourceLine]) -> (lines: [SourceLine], furniture: [PageFurniture]) {
        var lines = consume source
        for i in lines.indices { MarkdownNoise.clean(&lines[i]) }
        lines.removeAll { $0.isBlank }
        let furniture: [PageFurniture]
        (lines, furniture) = TextFurniture.separate(lines)
        lines = LineJoiner.join(consume lines)
        for i in lines.indices { lines[i].chars = WhitespaceNormalizer.normalize(lines[i].chars) }
        lines.removeAll { $0.chars.isEmpty }
        return (lines, furniture)
    }
}
