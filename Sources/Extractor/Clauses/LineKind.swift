/// What a line of normalized text is, apart from its numbering: the signals the parser uses to
/// find contracts, their front matter, their signature pages and what is not an article.
enum LineKind {
    /// A role, an optional parenthesis, then a colon (the lexicon's roles).
    static func isPartyLine(_ text: Substring) -> Bool { Lexicon.shared.isPartyLine(text) }

    /// The line opens with a role word (`甲方`, `用人单位` …), whatever follows.
    static func startsWithRole(_ text: Substring) -> Bool { Lexicon.shared.startsWithRole(text) }

    /// `附件一：…`, `附件1`, `附件 2：…` at the start of a line: the attachment label and the rest.
    static func attachmentHeading(_ text: Substring) -> (label: String, title: String?)? {
        guard text.unicodeScalars.first == "附", text.hasPrefix("附件") else { return nil }
        var rest = text.dropFirst(2).drop { $0 == " " }
        let number = rest.prefix { ChineseNumeral.digits[$0.unicodeScalars.first!] != nil || $0.isNumber }
        guard !number.isEmpty, number.count <= 3 else { return nil }
        rest = rest.dropFirst(number.count)
        rest = rest.drop { $0 == "：" || $0 == ":" || $0 == " " || $0 == "、" || $0 == "." }
        let label = "附件" + number
        // `附件一是本合同的组成部分` is a sentence, not a heading.
        if let first = rest.first, first == "是" || first == "为" || first == "与" || first == "中" { return nil }
        let title = rest.isEmpty ? nil : String(rest).trimmedWhitespace
        return (label, title.map(stripPunctuation))
    }

    /// A heading that opens instructions which are not part of the contract proper.
    static func isInstructionsHeading(_ text: Substring) -> Bool {
        guard text.hasAtMostScalars(10), let last = text.unicodeScalars.last(where: { !$0.isSpace }),
              last == "明" || last == "示" || last == "知" else { return false }
        return instructionsHeadings.contains(String(text).trimmedWhitespace)
    }

    /// Every instructions heading ends in 明, 示 or 知, which is asked first.
    private static let instructionsHeadings: Set<String> = ["使用说明", "填写说明", "特别提示", "重要提示", "签约须知", "合同使用说明", "签约提示", "说明"]

    /// The preamble that opens a contract proper: `根据《中华人民共和国民法典》…`, `依据《…`.
    static func isPreamble(_ text: Substring) -> Bool {
        // The second scalar is 据, 照 or 明 in every opener: asked before any prefix is compared.
        guard let second = text.unicodeScalars.dropFirst().first, second == "据" || second == "照" || second == "明" else { return false }
        return ["根据《", "依据《", "依照《", "按照《", "为明确"].contains { text.hasPrefix($0) }
    }

    /// `目录` / `目 录` / `目　录` alone on a line.
    static func isTableOfContentsHeading(_ text: Substring) -> Bool {
        guard text.hasAtMostScalars(8) else { return false }
        let t: [Unicode.Scalar] = text.unicodeScalars.filter { !$0.isSpace }
        return t.count == 2 && t[0] == "目" && (t[1] == "录" || t[1] == "次")
    }

    /// A table-of-contents entry: dotted leaders (`.....`, `……`, `···`) and/or a page number at
    /// the end after a tab.
    static func isTableOfContentsEntry(_ text: Substring) -> Bool {
        hasLeader(text) || endsWithPageNumber(text)
    }

    /// Dotted leaders: `.....`, `……`, `···`.
    /// The dots a table of contents' leader is made of.
    static let leaderDots: ScalarSet = [".", "…", "·", "．", "‥"]

    static func hasLeader(_ text: Substring) -> Bool { hasLeader(ArraySlice(text.unicodeScalars)) }

    static func hasLeader(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        // Most lines have no dot at all.
        guard var k = scalars.firstIndex(where: { leaderDots.contains($0) }) else { return false }
        var run = 0
        while k < scalars.endIndex {
            let s = scalars[k]
            if leaderDots.contains(s) {
                run += 1
                if run >= 3 { return true }
                // OCR thins leaders out: two dots, then only punctuation, spaces and a page number
                // to the end (`第四条甲方的权利和义务..3`).
                if run == 2, k + 1 < scalars.endIndex,
                   scalars[(k + 1)...].allSatisfy({ $0.isASCIIDigit || $0 == " " || $0 == "\t" || "，,.．…".unicodeScalars.contains($0) }),
                   scalars[(k + 1)...].contains(where: \.isASCIIDigit) { return true }
            } else if s != " " {
                run = 0
            }
            k += 1
        }
        return false
    }

    /// A tab and a page number at the end (`第十一条保密条款	6`).
    static func endsWithPageNumber(_ text: Substring) -> Bool {
        let scalars = text.unicodeScalars
        if let tab = scalars.lastIndex(of: "\t") {
            let tail = scalars[scalars.index(after: tab)...]
            return !tail.isEmpty && tail.count <= 4 && tail.allSatisfy(\.isASCIIDigit)
        }
        return false
    }

    /// A short line that names an agreement: ends in 合同, 协议, 协议书, 合同书, 承诺书 …
    static func isTitleLike(_ text: Substring) -> Bool {
        // Every ending below ends in 同, 议 or 书, every suffix in a parenthesis: a line ending
        // otherwise is no title (asked first: this runs on every line).
        guard let last = text.unicodeScalars.last(where: { !$0.isSpace }), titleLastScalars.contains(last),
              text.hasAtMostScalars(80) else { return false }
        var t = String(text).trimmedWhitespace
        for suffix in ["（示范文本）", "(示范文本)", "（试行）", "(试行)"] where t.hasSuffix(suffix) {
            t = String(t.dropLast(suffix.count))
        }
        guard (2...60).contains(t.count), !t.includes("："), !t.includes(":"), !t.includes("。"),
              !t.includes("，"), NumberingLabel.scan(t) == nil else { return false }
        let endings = ["合同", "协议", "协议书", "合同书", "承诺书", "责任书", "告知书", "确认书", "委托书", "补充协议"]
        return endings.contains { t.hasSuffix($0) }
    }

    private static let titleLastScalars: ScalarSet = ["同", "议", "书", "）", ")"]

    static func isSupplementTitle(_ text: String) -> Bool {
        ["补充协议", "补充合同", "变更协议", "补充条款"].contains { text.includes($0) }
    }

    static func stripPunctuation(_ s: String) -> String {
        var t = s
        while let last = t.last, "：:，,。；;".contains(last) { t.removeLast() }
        return t
    }
}
