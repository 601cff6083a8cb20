import Schema

/// The clean-up every source goes through after its lines are built, in this order: markdown
/// noise, furniture that survived as text, sentence joining, whitespace.
enum TextPipeline {
    static func normalize(_ lines: [SourceLine]) -> (lines: [SourceLine], furniture: [PageFurniture]) {
        let cleaned = lines.map(MarkdownNoise.clean).filter { !$0.isBlank }
        let (kept, furniture) = TextFurniture.separate(cleaned)
        let joined = LineJoiner.join(kept)
        var out: [SourceLine] = []
        out.reserveCapacity(joined.count)
        for var line in joined {
            line.chars = WhitespaceNormalizer.normalize(line.chars)
            if !line.chars.isEmpty { out.append(line) }
        }
        return (out, furniture)
    }
}
