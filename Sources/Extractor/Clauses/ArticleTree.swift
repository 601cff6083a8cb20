import Schema

/// Builds the article tree of one contract from its labelled lines. Nesting follows how styles
/// nest in this document: the first style seen is level 1, a new style seen inside another nests
/// under it, a style seen before closes everything opened after it; 章 always sits above 节 and
/// 节 above 条. Sibling numbers are checked: a gap, a repeat or a step back is a diagnostic.
struct ArticleTree {
    private struct Entry {
        var label: NumberingLabel
        var line: Int
        var parent: Int?
        var heading: String?
        var text: [String] = []
        var children: [Int] = []
        var end: Int  // last line index covered
    }

    private var entries: [Entry] = []
    private var roots: [Int] = []
    private var stack: [Int] = []  // open entries, outermost first
    private var previousLine: Substring?
    private(set) var diagnostics: [Diagnostic] = []
    private let location: (Range<Int>) -> Location

    init(location: @escaping (Range<Int>) -> Location) {
        self.location = location
    }

    /// The path of the innermost open article, for fields on the line being read.
    var currentEntry: Int? { stack.last }

    mutating func add(_ line: ParsedLine, nextLine: Substring? = nil) {
        defer { previousLine = Substring(line.text) }
        guard var label = misreadSibling(line) ?? lostNumeral(line) ?? dashedFirstItem(line, nextLine: nextLine) ?? line.label else {
            if let open = stack.last {
                entries[open].text.append(String(line.text))
                extend(to: line.index)
            }
            return
        }
        var rest = Substring(line.text.unicodeScalars.dropFirst(label.length))
        // `第二条 第二条 租赁期限`: the label written twice.
        if let again = NumberingLabel.scan(line.scalars.dropFirst(label.length)), again.style == label.style, again.number == label.number {
            diagnostics.append(Diagnostic(severity: .warning, code: "duplicate-label",
                message: "\(label.text) is written twice at the start of its line.", location: location(line.range)))
            rest = rest.dropFirst(again.length)
        }
        placeOnStack(label.style)
        let parent = stack.last
        checkSibling(label, parent: parent, line: line)
        var (heading, text) = Self.split(rest)
        if let h = heading, let next = nextLine, next.hasPrefix("_") || next.hasPrefix("＿") {
            // `第一条 甲方将自有的坐落在` then `______的房屋`: a sentence broken by a blank.
            (heading, text) = (nil, h)
        }
        label.text = label.text.trimmedWhitespace
        entries.append(Entry(label: label, line: line.index, parent: parent, heading: heading,
                             text: text.map { [$0] } ?? [], end: line.index))
        let index = entries.count - 1
        if let parent { entries[parent].children.append(index) } else { roots.append(index) }
        stack.append(index)
        extend(to: line.index)
    }

    /// The next label of an open `1.` or `1、` list whose punctuation OCR misread: `6，`, `7、`,
    /// `11。`, `16：` between `5.` and `8.` (PP-OCR on a fax copy of seed-000). The sequence
    /// decides: the number must follow the open list's last one, be followed by text (not a digit:
    /// `3，000元` is an amount), and the line's own label, if any, must not continue a list of its
    /// own style (`6.` then `1、 2、 … 7、` is a nested list; so is `2.` then `3、 4、` after
    /// `1.` held `1、 2、`). Table rows are never list items. The label is written the list's way.
    private func misreadSibling(_ line: ParsedLine) -> NumberingLabel? {
        // A table row's cells (`2.⇥打印机⇥1台`) are no list items.
        guard !line.isTableRow else { return nil }
        let arabic: [NumberingLabel.Style] = [.arabicDot, .arabicComma]
        guard let open = stack.last(where: { arabic.contains(entries[$0].label.style) }) else { return nil }
        let list = entries[open].label
        guard line.label?.style != list.style, let mark = list.text.unicodeScalars.last else { return nil }
        if let own = line.label {
            // Only a label that starts no list of its own: none of its style is open, and none
            // came since the list's first item (`1.`, `1、 2、`, `2.`, `3、 4、` numbers its
            // nested items on across its parents).
            let firstItem = (entries[open].parent.map { entries[$0].children } ?? roots).first ?? open
            guard arabic.contains(own.style), !entries[firstItem...].contains(where: { $0.label.style == own.style }) else { return nil }
        }
        let s = line.scalars
        var i = s.startIndex
        while i < s.endIndex, s[i] == " " || s[i] == "\u{3000}" { i += 1 }
        let first = i
        var number = 0
        while i < s.endIndex, i - first < 3, let d = s[i].digitValue { number = number * 10 + d; i += 1 }
        guard i > first, number == list.number + 1, i < s.endIndex, Self.misreadMarks.contains(s[i]) else { return nil }
        var j = i + 1
        while j < s.endIndex, s[j] == " " || s[j] == "\u{3000}" { j += 1 }
        guard j < s.endIndex, s[j].digitValue == nil, !Self.misreadMarks.contains(s[j]) else { return nil }
        let digits = String(scalars: s[first..<i])
        return NumberingLabel(style: list.style, number: number, components: [number], length: j - s.startIndex,
                              text: digits + String(Character(mark)))
    }

    /// A label whose numeral OCR lost, leaving its `、` (`、房屋用途：…` between `一、` and `三、`:
    /// PP-OCR on the fax copy of fadada-lease-sample): the next number of the open `一、` or `1、`
    /// list, when exactly one is open, it is the innermost open list (under `1.` the line may as
    /// well be a lost `2.`) and text follows. Print never begins a line with `、`, so a line that
    /// does has lost what stood before it.
    private func lostNumeral(_ line: ParsedLine) -> NumberingLabel? {
        guard line.label == nil, !line.isTableRow else { return nil }
        let lists = stack.filter { [.hanComma, .arabicComma].contains(entries[$0].label.style) }
        guard lists.count == 1, let open = lists.first, open == stack.last else { return nil }
        let s = line.scalars
        var i = s.startIndex
        while i < s.endIndex, s[i] == " " || s[i] == "\u{3000}" { i += 1 }
        guard i < s.endIndex, s[i] == "、" else { return nil }
        guard let textStart = Self.textAfter(s, i + 1) else { return nil }
        let list = entries[open].label, number = list.number + 1
        let numeral = list.style == .hanComma ? ChineseNumeral.format(number) : String(number)
        return NumberingLabel(style: list.style, number: number, components: [number], length: textStart - s.startIndex,
                              text: numeral + "、")
    }

    /// `（-）` for `（一）`: the 一 of a first `（一）` item read as a dash or tilde (`（-）本协议适用中华人民
    /// 共和国法律。` under `八、`, PP-OCR on the fax copy of seed-000). Taken only where the item would
    /// be the first of its list under an open article (no `（一）` list is open; in a preamble the
    /// sequence has no say), text follows, and neither the line before nor the next starts the
    /// same way (`（-）` boxes to tick, one per line).
    private func dashedFirstItem(_ line: ParsedLine, nextLine: Substring?) -> NumberingLabel? {
        guard line.label == nil, !line.isTableRow, !stack.isEmpty,
              !stack.contains(where: { entries[$0].label.style == .hanParen }) else { return nil }
        let s = line.scalars
        var i = s.startIndex
        while i < s.endIndex, s[i] == " " || s[i] == "\u{3000}" { i += 1 }
        guard i + 2 < s.endIndex, s[i] == "（" || s[i] == "(", Self.dashes.contains(s[i + 1]), s[i + 2] == "）" || s[i + 2] == ")",
              let textStart = Self.textAfter(s, i + 3) else { return nil }
        let mark = String(String.UnicodeScalarView(s[i...(i + 2)]))
        for neighbour in [previousLine, nextLine] {
            if let other = neighbour, other.drop(while: { $0 == " " || $0 == "\u{3000}" }).hasPrefix(mark) { return nil }
        }
        return NumberingLabel(style: .hanParen, number: 1, components: [1], length: textStart - s.startIndex,
                              text: String(Character(s[i])) + "一" + String(Character(s[i + 2])))
    }

    /// What OCR reads a lone 一 as.
    private static let dashes: ScalarSet = ["-", "—", "－", "–", "~", "～"]

    /// Where the text after a label ending before `index` starts (spaces skipped): nil when
    /// nothing follows, or a digit or another mark does.
    private static func textAfter(_ s: ArraySlice<Unicode.Scalar>, _ index: Int) -> Int? {
        var j = index
        while j < s.endIndex, s[j] == " " || s[j] == "\u{3000}" { j += 1 }
        guard j < s.endIndex, s[j].digitValue == nil, !misreadMarks.contains(s[j]), !dashes.contains(s[j]) else { return nil }
        return j
    }

    /// What OCR reads the point or comma after a list number as.
    private static let misreadMarks: ScalarSet = ["、", "，", ",", "。", "：", ":", ".", "．"]

    private mutating func extend(to line: Int) {
        for e in stack { entries[e].end = line }
    }

    private mutating func placeOnStack(_ style: NumberingLabel.Style) {
        if let k = stack.lastIndex(where: { entries[$0].label.style == style }) {
            stack.removeSubrange(k...)
        } else if let rank = style.fixedRank {
            while let top = stack.last, !(entries[top].label.style.fixedRank.map { $0 < rank } ?? false) {
                stack.removeLast()
            }
        }
    }

    private mutating func checkSibling(_ label: NumberingLabel, parent: Int?, line: ParsedLine) {
        let siblings = parent.map { entries[$0].children } ?? roots
        guard let last = siblings.last(where: { entries[$0].label.style == label.style }) else { return }
        let previous = entries[last].label
        let here = location(line.range)
        if label.number == previous.number + 1 { return }
        if label.number > previous.number + 1 {
            let han: Bool
            switch label.style {
            case .chapter, .section, .article, .ordinalComma, .hanComma, .hanParen: han = !label.text.contains(where: \.isASCII)
            default: han = false
            }
            let missing = (previous.number + 1..<label.number).map { han ? ChineseNumeral.format($0) : String($0) }
                .joined(separator: ", ")
            diagnostics.append(Diagnostic(severity: .warning, code: "numbering-gap",
                message: "\(label.text) follows \(previous.text): number \(missing) is missing.", location: here))
        } else if label.number == previous.number {
            diagnostics.append(Diagnostic(severity: .warning, code: "duplicate-label",
                message: "\(label.text) appears twice in a row at the same level.", location: here))
        } else {
            diagnostics.append(Diagnostic(severity: .warning, code: "label-out-of-order",
                message: "\(label.text) comes after \(previous.text) at the same level.", location: here))
        }
    }

    /// A short rest of the label line without sentence punctuation is a heading (`付款条款`);
    /// anything else is the first line of the article's text.
    static func split(_ rest: Substring) -> (heading: String?, text: String?) {
        let t = String(rest).trimmedWhitespace
        guard !t.isEmpty else { return (nil, nil) }
        // Only a short line can be a heading; only then is it searched for sentence marks.
        if t.hasAtMostScalars(20), !t.unicodeScalars.contains(where: { sentenceMarks.contains($0) }) {
            return (t, nil)
        }
        return (nil, t)
    }

    /// What a heading does not hold.
    static let sentenceMarks: ScalarSet = ["。", "；", "，", ",", ";", "：", ":", "！", "？", "!", "?", "】", "「", "」", "\t", "_", "＿"]

    /// The finished articles. `lineRange` maps a line index to its code-point span.
    func articles(lineRange: (Int) -> Range<Int>) -> (articles: [Article], entryPaths: [String]) {
        var paths = Array(repeating: "", count: entries.count)
        var used = Set<PathKey>(minimumCapacity: entries.count)
        func build(_ i: Int, level: Int, parentPath: String?) -> Article {
            let e = entries[i]
            var path = Self.pathComponent(e.label, parentPath: parentPath)
            // A path taken already gets the first free `~n` (each insert also asks).
            if !used.insert(PathKey(path)).inserted {
                var n = 2
                while !used.insert(PathKey("\(path)~\(n)")).inserted { n += 1 }
                path = "\(path)~\(n)"
            }
            paths[i] = path
            let children = e.children.map { build($0, level: level + 1, parentPath: path) }
            let span = lineRange(e.line).lowerBound..<lineRange(e.end).upperBound
            return Article(label: e.label.text, number: e.label.number, path: path, level: level,
                           heading: e.heading, text: e.text.joined(separator: "\n"), children: children,
                           location: location(span))
        }
        let articles = roots.map { build($0, level: 1, parentPath: nil) }
        return (articles, paths)
    }

    /// A path compared and hashed by its UTF-8 bytes: paths are made of the normalized text's
    /// labels, so bytes decide, and a `String`'s own hash normalizes non-ASCII text first (it was
    /// a twentieth of parsing).
    private struct PathKey: Hashable {
        let path: String
        init(_ path: String) { self.path = path }
        func hash(into hasher: inout Hasher) {
            var path = path
            path.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
        static func == (a: PathKey, b: PathKey) -> Bool { a.path.utf8.elementsEqual(b.path.utf8) }
    }

    /// The punctuation a label's path leaves off its end.
    private static let labelEndMarks: ScalarSet = ["、", "．", ".", "：", ":"]

    /// `7.1` for decimals; otherwise the parent's path, `/`, and the label without its trailing
    /// punctuation, parentheses full-width: `三/（二）/1`.
    static func pathComponent(_ label: NumberingLabel, parentPath: String?) -> String {
        let own: String
        switch label.style {
        case .decimal: own = label.components.map(String.init).joined(separator: ".")
        case .hanParen, .arabicParen:
            let core: [Unicode.Scalar] = label.text.unicodeScalars.dropFirst().dropLast().filter { !$0.isSpace }
            own = "（" + String(scalars: core) + "）"
        default:
            var t = label.text.unicodeScalars[...], cut = false
            while let last = t.last, labelEndMarks.contains(last) { t.removeLast(); cut = true }
            own = cut ? String(scalars: t) : label.text
        }
        if case .decimal = label.style { return own }
        return parentPath.map { $0 + "/" + own } ?? own
    }
}
