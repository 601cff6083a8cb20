/// A sentence of the agreement's body: text cut after 。；！？, its numbering label left out. A
/// sentence a PDF wraps over several lines is one sentence (a long line that ends without an
/// ender runs on into the next line when that has no label), so `0.1` / `‰（万分之一）` read as
/// one rate. The clause rules (payments, penalties, periods, termination and renewal) read
/// sentences, so a value and its location never run into the next sentence.
///
/// Immutable, and a class: the clause rules each walk every sentence, and handing one on costs
/// one reference count, not one per array and line it holds.
final class ClauseSentence {
    /// The line the sentence starts on.
    let line: ParsedLine
    let scalars: [Unicode.Scalar]
    /// Where each run of the sentence's scalars that is contiguous in the normalized text starts:
    /// (offset in `scalars`, offset in the normalized text). One run per line the sentence is on
    /// (a wrapped sentence skips the line break); an array of every scalar's offset was a tenth
    /// of the mapper's allocations.
    let pieces: [(at: Int, position: Int)]

    init(line: ParsedLine, scalars: [Unicode.Scalar], pieces: [(at: Int, position: Int)]) {
        self.line = line
        self.scalars = scalars
        self.pieces = pieces
    }
    /// The sentence as a string, made when asked (most sentences never are).
    var text: String { String(scalars: scalars) }

    /// The sentence's span in the normalized text.
    var range: Range<Int> { span(0..<scalars.count) }

    /// The span of `scalars[r]` in the normalized text.
    func span(_ r: Range<Int>) -> Range<Int> {
        guard !r.isEmpty else {
            let at = r.lowerBound < scalars.count ? position(r.lowerBound) : (scalars.isEmpty ? 0 : position(scalars.count - 1)) + 1
            return at..<at
        }
        return position(r.lowerBound)..<(position(r.upperBound - 1) + 1)
    }

    /// The offset in the normalized text of `scalars[k]`.
    private func position(_ k: Int) -> Int {
        var piece = pieces[0]
        for p in pieces.dropFirst() where p.at <= k { piece = p }
        return piece.position + (k - piece.at)
    }

    /// The first of `words` the sentence holds, leftmost, the longer word first at one position:
    /// the word and its offset.
    func first(of words: WordSet) -> (word: String, at: Int)? { words.first(in: scalars) }

    /// The sentence's words from `r`, fill-in brackets removed and spaces trimmed.
    func words(_ r: Range<Int>) -> String {
        String(scalars: scalars[r].filter { $0 != "【" && $0 != "】" }).trimmedWhitespace
    }

    /// The amounts the sentence states (paired with their 大写), located in the normalized text.
    func amounts(_ text: ContractText) -> [StatedAmounts.Stated] {
        StatedAmounts.read(scalars) { text.location(span($0)) }
    }

    /// The sentences of `lines`, in order; empty sentences (a label alone, spaces) are left out.
    static func sentences(of lines: LineSelection) -> [ClauseSentence] {
        var out: [ClauseSentence] = []
        var scalars: [Unicode.Scalar] = [], pieces: [(at: Int, position: Int)] = []
        var first: ParsedLine?
        func flush() {
            while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
            while let last = pieces.last, last.at >= scalars.count { pieces.removeLast() }
            if let line = first, !scalars.isEmpty {
                out.append(ClauseSentence(line: line, scalars: scalars, pieces: pieces))
            }
            scalars = []; pieces = []; first = nil
        }
        for (k, line) in lines.enumerated() {
            let s = line.scalars
            // A line continuing a sentence keeps its leading figure (`0.1‰`), read as a label.
            let continuing = !scalars.isEmpty
            var i = s.startIndex + (continuing ? 0 : (line.label?.length ?? 0))
            while i < s.endIndex {
                if scalars.isEmpty { while i < s.endIndex, s[i] == " " || s[i] == "\t" { i += 1 } }
                guard i < s.endIndex else { break }
                if first == nil { first = line }
                // Up to and with the next ender, or to the line's end: one run (found in the
                // line's memory).
                let from = i - s.startIndex
                var end = s.startIndex + (s.withUnsafeBufferPointer { enders.firstMember(in: $0, from: from) } ?? s.count)
                let ends = end < s.endIndex
                if ends { end += 1 }
                pieces.append((scalars.count, line.range.lowerBound + (i - s.startIndex)))
                scalars.append(contentsOf: s[i..<end])
                if ends { flush() }
                i = end
            }
            // A wrapped line runs on into the next one; anything else ends its sentence here.
            let next = k + 1 < lines.count ? lines[k + 1] : nil
            if !(next.map { runsOn(line, into: $0) } ?? false) { flush() }
        }
        flush()
        return out
    }

    /// A long line ending mid-sentence (no ender, no colon) continues on the next line when that
    /// has no label and neither is a table row.
    static func runsOn(_ line: ParsedLine, into next: ParsedLine) -> Bool {
        // `0.1‰（万分之一）…` at a line start is a figure read as a label, not a label.
        let continuesFigure = next.label.map { label in
            let after = next.scalars.dropFirst(label.length).first
            return after.map { ["‰", "%", "％", "‱", "元", "万", "个", "日", "天", "年", "月"].contains($0) } ?? false
        } ?? true
        guard !line.isTableRow, !next.isTableRow, continuesFigure, line.scalars.count >= 20,
              let last = line.scalars.last(where: { $0 != " " }) else { return false }
        return !enders.contains(last) && last != "：" && last != ":" && !line.scalars.contains("\t")
    }

    static let enders: ScalarSet = ["。", "；", ";", "！", "？"]
}
