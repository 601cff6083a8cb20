import Schema

/// One agreement as the clause parser hands it to the mapper: the record's skeleton (title,
/// kind, articles, fields, attachments), the agreement's lines, and what the parser found
/// wrong (numbering gaps, unbalanced brackets …).
struct ParsedAgreement {
    var skeleton: Contract
    var text: ContractText
    var diagnostics: [Diagnostic]
}

/// Turns normalized text into the skeleton of each agreement it holds: title, kind, the article
/// tree, every fill-in field, the attachments, and what does not add up (numbering gaps,
/// repeated or out-of-order labels, unbalanced brackets), each with a location. It knows
/// nothing of the mapper: `Extractor` hands each `ParsedAgreement` on to `RecordMapper`.
struct ClauseParser {
    let text: NormalizedText
    var furniture: [PageFurniture] = []

    func parse() -> [ParsedAgreement] {
        let lines = ParsedLine.lines(of: text)
        guard !lines.isEmpty else { return [] }
        let segmenter = ContractSegmenter(lines: lines)
        // A running header is the same text on every page: each agreement is handed it once
        // (every agreement of a 1,000-page file read 1,000 headers before).
        var seen = Set<String>()
        let furnitureTexts = furniture.map(\.text).filter { seen.insert($0).inserted }
        return segmenter.segments().filter { !$0.lines.isEmpty }.map {
            build($0, lines: lines, segmenter: segmenter, furnitureTexts: furnitureTexts)
        }
    }

    private func build(_ segment: ContractSegmenter.Segment, lines: [ParsedLine],
                       segmenter: ContractSegmenter, furnitureTexts: [String]) -> ParsedAgreement {
        let location = { (range: Range<Int>) in text.location(of: range) }
        var tree = ArticleTree(location: location)
        var scanner = FieldScanner(location: location)
        var fieldEntries: [Int?] = []
        let body = BodyFilter(lines: lines, range: segment.lines.lowerBound..<segment.bodyEnd)
        for i in segment.lines {
            let line = lines[i]
            if body.isTableOfContents(i) || body.isInstructions(i) { continue }
            if body.isArticleLine(i) { tree.add(line, nextLine: i + 1 < lines.count ? lines[i + 1].text : nil) }
            let before = scanner.fields.count
            scanner.scan(line, article: nil)
            let entry = i < segment.bodyEnd && body.isInBody(i) ? tree.currentEntry : nil
            fieldEntries += Array(repeating: entry, count: scanner.fields.count - before)
        }
        let (articles, paths) = tree.articles { lines[$0].range }
        var fields = scanner.fields
        for k in fields.indices { fields[k].article = fieldEntries[k].map { paths[$0] } }

        let titleLines = segmenter.titleLines(in: segment)
        let title = titleLines.map { $0.map { String(lines[$0].text).trimmedWhitespace }.joined() }
        let span = lines[segment.lines.lowerBound].range.lowerBound..<lines[segment.lines.upperBound - 1].range.upperBound
        let contract = Contract(
            title: title,
            kind: title.map { LineKind.isSupplementTitle($0) ? .supplement : segment.kind } ?? segment.kind, articles: articles, fields: fields,
            attachments: attachments(segment, lines: lines),
            provenance: Provenance(title: titleLines.map { text.location(of: lines[$0.lowerBound].range.lowerBound..<lines[$0.upperBound].range.upperBound) }),
            location: text.location(of: span))
        var content = ContractText(lines: LineSelection(lines, positions: segment.lines.filter(body.isInBody)),
                                   allLines: LineSelection(lines, positions: segment.lines.filter { !body.isTableOfContents($0) }),
                                   furniture: furnitureTexts, location: location)
        content.ocrConfidence = { text.ocrConfidence(of: $0) }
        content.beforeAttachments = LineSelection(lines, positions: (segment.lines.lowerBound..<segment.bodyEnd).filter { !body.isTableOfContents($0) })
        return ParsedAgreement(skeleton: contract, text: content, diagnostics: tree.diagnostics + scanner.diagnostics)
    }

    /// Listed attachments, each marked present when the file holds its section, then sections
    /// that no listing names.
    private func attachments(_ segment: ContractSegmenter.Segment, lines: [ParsedLine]) -> [Attachment] {
        func key(_ label: String) -> Int? {
            let digits = label.dropFirst(2)
            return Int(digits) ?? ChineseNumeral.value(Array(digits.unicodeScalars))
        }
        var out: [Attachment] = []
        var seen = Set<Int>()
        for item in segment.listed {
            let section = segment.sections.first { key($0.label) == key(item.label) }
            if let k = key(item.label) { seen.insert(k) }
            let line = section?.line ?? item.line
            out.append(Attachment(label: item.label, title: item.title ?? section?.title, present: section != nil,
                                  location: text.location(of: lines[line].range)))
        }
        for section in segment.sections where !(key(section.label).map(seen.contains) ?? false) {
            out.append(Attachment(label: section.label, title: section.title, present: true,
                                  location: text.location(of: lines[section.line].range)))
        }
        return out
    }
}

/// Which lines of an agreement's body can be articles: not the cover or title block before the
/// first party line or 第X条, not a table of contents, not instructions (使用说明), not the
/// signature page and what follows it.
struct BodyFilter {
    /// What each line of `range` is, by its offset in the range (a hashed set per kind was a
    /// twentieth of parsing).
    private struct Kinds: OptionSet {
        let rawValue: UInt8
        static let toc = Kinds(rawValue: 1)
        static let instructions = Kinds(rawValue: 2)
        static let article = Kinds(rawValue: 4)
        static let body = Kinds(rawValue: 8)
    }
    private var kinds: [Kinds]
    private let range: Range<Int>
    private var hasBody = false

    init(lines: [ParsedLine], range: Range<Int>) {
        self.init(lines: lines, range: range, startAtFirstLabel: false)
        if !hasBody {
            // No party line and no 第X条 (a one-page form, a template whose parties are blank
            // lines): the body starts at the first label instead.
            self.init(lines: lines, range: range, startAtFirstLabel: true)
        }
    }

    private init(lines: [ParsedLine], range: Range<Int>, startAtFirstLabel: Bool) {
        self.range = range
        kinds = Array(repeating: [], count: range.count)
        var inTOC = false, inInstructions = false, started = false, signed = false
        var instructionStyles: [NumberingLabel.Style: Int] = [:]
        func mark(_ i: Int, _ kind: Kinds) { kinds[i - range.lowerBound].insert(kind) }
        for i in range {
            let line = lines[i], text = line.text
            if LineKind.isTableOfContentsHeading(text) { inTOC = true; mark(i, .toc); continue }
            // Leaders mark an entry anywhere; `text<TAB>6` only inside a 目录 (elsewhere it is a
            // table row: `花洒	10`).
            if LineKind.hasLeader(line.scalars) || (inTOC && LineKind.endsWithPageNumber(text)) { mark(i, .toc); continue }
            if inTOC, line.label != nil || text.count < 30 {
                // An entry without leaders (`第十一条保密条款	6` lost its dots) still belongs to
                // the table of contents while the labels keep their pattern.
                if line.label != nil, i + 1 < range.upperBound, LineKind.isTableOfContentsEntry(lines[i + 1].text) {
                    mark(i, .toc); continue
                }
            }
            inTOC = false
            if LineKind.isInstructionsHeading(text) { inInstructions = true; instructionStyles = [:]; mark(i, .instructions); continue }
            if inInstructions {
                // The contract proper begins with its preamble (`依据《合同法》…`) or when the
                // instructions' numbering starts again at 1.
                let restarts = line.label.map { $0.number == 1 && (instructionStyles[$0.style] ?? 0) > 1 } ?? false
                if restarts || LineKind.isPreamble(text) {
                    inInstructions = false
                    started = true
                } else if let label = line.label {
                    instructionStyles[label.style] = max(instructionStyles[label.style] ?? 0, label.number)
                }
            }
            let strongLabel = line.label.map { [.article, .chapter, .section].contains($0.style) } ?? false
            let signature = line.isSignature
            let party = !signature && line.isPartyLine
            if party || strongLabel { inInstructions = false; started = true }
            if startAtFirstLabel, !inInstructions, line.label != nil { started = true }
            if line.label == nil, signature, started { signed = true }
            if inInstructions { mark(i, .instructions) }
            guard started, !inInstructions, !signed else { continue }
            mark(i, .body)
            if line.label != nil { mark(i, .article) }
        }
        hasBody = kinds.contains { $0.contains(.body) }
    }

    private func kinds(of i: Int) -> Kinds { range.contains(i) ? kinds[i - range.lowerBound] : [] }

    func isTableOfContents(_ i: Int) -> Bool { kinds(of: i).contains(.toc) }
    /// 使用说明 / 填写说明 and what belongs to them: explains the form, holds no fill-in field.
    func isInstructions(_ i: Int) -> Bool { kinds(of: i).contains(.instructions) }
    func isArticleLine(_ i: Int) -> Bool { !kinds(of: i).isDisjoint(with: [.article, .body]) }
    func isInBody(_ i: Int) -> Bool { kinds(of: i).contains(.body) }
}
