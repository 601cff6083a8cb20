import Schema

/// `disputeResolution` from the dispute clause. Litigation: the court named before 提起诉讼 /
/// 起诉 (`乙方所在地有管辖权的人民法院`); arbitration: the 仲裁委员会 named (`吉林仲裁委员会`). Where the
/// contract offers options (`按下列第【2】种方式解决` then (1)…(2)…) the chosen one counts, an
/// unfilled choice gives null. Diagnostics: `dispute-ambiguous` when both are offered and
/// nothing chooses between them, or a choice list is left unfilled.
enum DisputeRule: MappingRule {
    static let forumWords = WordSet(["法院", "仲裁委员会", "仲裁机构", "申请仲裁", "提起诉讼", "起诉"])
    static let choiceWords = WordSet(["下列第", "以下第", "选择第"])
    static let stops: ScalarSet = ["向", "由", "至", "交", "，", "。", "：", "；", " "]

    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        let text = analysis.text
        let candidates = Array(text.lines(mentioning: forumWords).map(\.line)
            .filter { ["争议", "纠纷", "诉讼", "起诉", "仲裁"].contains(where: $0.text.includes) })
        guard !candidates.isEmpty else { return [] }
        if let choice = choiceLine(in: text) {
            guard let chosen = choice.chosen else {  // an unfilled choice: null, and said so
                return [Diagnostic(severity: .warning, code: "dispute-ambiguous",
                                   message: "The dispute clause offers a choice of methods and none is filled in.",
                                   location: text.location(choice.line.range))]
            }
            let option = text.lines.first { $0.index > choice.line.index && $0.label?.number == chosen
                && optionStyles.contains($0.label!.style) }
            if let option, let (method, venue) = read(String(option.text)) {
                contract.disputeResolution = DisputeResolution(method: method, venue: venue)
                locate(&contract, option, venue: venue, text: text)
            }
            return []
        }
        // No choice list: both methods offered (in one sentence or in two) is ambiguous.
        let readings = candidates.compactMap { line in read(String(line.text)).map { (line: line, reading: $0) } }
        let offersBoth = candidates.first { line in
            let t = String(line.text)
            return (t.includes("仲裁委员会") || t.includes("申请仲裁") || t.includes("提请仲裁"))
                && t.includes("人民法院") && (t.includes("诉讼") || t.includes("起诉"))
        }
        if let line = offersBoth ?? (Set(readings.map(\.reading.0)).count > 1 ? readings.first?.line : nil) {
            return [Diagnostic(severity: .warning, code: "dispute-ambiguous",
                               message: "Both arbitration and litigation are offered and no choice is made.",
                               location: text.location(line.range))]
        }
        if let first = readings.first {
            contract.disputeResolution = DisputeResolution(method: first.reading.0, venue: first.reading.1)
            locate(&contract, first.line, venue: first.reading.1, text: text)
        }
        return []
    }

    /// The method's location is the line it was read from; the venue's its own words there.
    private static func locate(_ contract: inout Contract, _ line: ParsedLine, venue: String?, text: ContractText) {
        contract.provenance?.disputeMethod = text.location(line.range)
        if let venue {
            let span = ValueSpan.locate(venue, in: Array(line.scalars), from: 0)
            contract.provenance?.disputeVenue = text.location((line.range.lowerBound + span.lowerBound)..<(line.range.lowerBound + span.upperBound))
        }
    }

    /// How the options of a choice list are numbered: (1), 1、, 1., （一）, ①.
    static let optionStyles: [NumberingLabel.Style] = [.arabicParen, .arabicComma, .arabicDot, .hanParen, .circled]

    /// `按下列第【2】种方式解决`: the line and the chosen option (nil when left blank).
    static func choiceLine(in text: ContractText) -> (line: ParsedLine, chosen: Int?)? {
        for (line, at) in text.lines(mentioning: choiceWords) {
            let s = Array(line.scalars)
            guard let di = s[at...].firstIndex(of: "第") else { continue }
            let n = ValueReader.count(at: di + 1, in: s[...])
            let after = di + 1 + (n?.length ?? 0)
            let blankBracket = s[(di + 1)...].starts(with: "【".unicodeScalars)
            guard n != nil || blankBracket || (after < s.count && (s[after] == "_" || s[after] == " " || s[after] == "\t" || s[after] == "种")) else { continue }
            // A choice of dispute methods: its options name a court or arbitration
            // (`选择以下第 种形式签订本劳动合同期限` is a choice of something else).
            let options = text.lines.drop { $0.index <= line.index }.prefix(4)
                .prefix { $0.label.map { optionStyles.contains($0.style) } ?? false }
            guard options.contains(where: { o in ["仲裁", "法院", "诉讼"].contains(where: o.text.includes) }) else { continue }
            return (line, n?.value)
        }
        return nil
    }

    /// The method and venue a sentence names (the first one it names, litigation or arbitration).
    static func read(_ text: String) -> (DisputeResolution.Method, String?)? {
        let s = Array(text.unicodeScalars.filter { $0 != "【" && $0 != "】" })
        let court = s.range(of: "人民法院") ?? s.range(of: "法院")
        let arbitration = s.range(of: "仲裁委员会")
        // `提交被告所在地法院解决`, `由…法院管辖` go to court as surely as `提起诉讼`.
        let sues = ["诉讼", "起诉", "法院解决", "法院管辖"].contains(where: text.includes)
        switch (court, arbitration) {
        case let (c?, a?):
            return c.lowerBound < a.lowerBound && sues ? (.litigation, venue(s, ending: c)) : (.arbitration, venue(s, ending: a))
        case let (c?, nil) where sues: return (.litigation, venue(s, ending: c))
        case let (nil, a?): return (.arbitration, venue(s, ending: a))
        default:
            if text.includes("申请仲裁") { return (.arbitration, nil) }
            return nil
        }
    }

    /// From after the last 向 / 由 / 至 / 在 before the name, to the end of the name.
    static func venue(_ s: [Unicode.Scalar], ending r: Range<Int>) -> String? {
        var i = r.lowerBound
        let stops = Self.stops
        while i > 0, r.lowerBound - i < 30, !stops.contains(s[i - 1]) { i -= 1 }
        var name = String(scalars: s[i..<r.upperBound]).trimmedWhitespace
        // `任何一方均可以在瑞安市人民法院`: the venue starts after `可以在` (not at every 在:
        // `乙方所在地有管辖权的人民法院`).
        for lead in ["可以在", "可在", "均在", "应在", "提请", "提交", "申请"] {
            if let cut = name.scalarRange(of: lead) { name = String(name[cut.upperBound...]) }
        }
        // `向      人民法院`: a blank left for the venue is no venue.
        guard name.unicodeScalars.count > r.count, !name.unicodeScalars.contains(where: { $0 == "\t" || $0 == "_" }) else { return nil }
        return name
    }
}
