import Schema

/// Cuts a document's lines into agreements. A new agreement starts after the current one has
/// parties and has reached its signature page or its attachments, at a title line followed
/// closely by party lines; an attachment that has its own title and parties (附件4 …补充协议) is an
/// agreement of its own, `supplement` when its title says so. Attachment lines that only list
/// attachments (`本合同包含以下附件：` then `附件一：…`) are told apart from attachment sections.
struct ContractSegmenter {
    struct Segment {
        var lines: Range<Int>
        var kind: Contract.Kind
        var titleLine: Int?
        /// Attachments named in a listing: label, title, line.
        var listed: [(label: String, title: String?, line: Int)] = []
        /// Attachment sections present in the file: label, title, first line.
        var sections: [(label: String, title: String?, line: Int)] = []
        /// First line of the first attachment section: articles end there.
        var bodyEnd: Int
    }

    let lines: [ParsedLine]

    func segments() -> [Segment] {
        var result: [Segment] = []
        var current = Segment(lines: 0..<lines.count, kind: .contract, titleLine: nil, bodyEnd: lines.count)
        var sawParty = false, sawSignature = false, inAttachment = false
        var listing = false
        for (i, line) in lines.enumerated() {
            let text = line.text
            if line.label == nil, line.isSignature { sawSignature = true }
            if line.isPartyLine, !line.isSignature { sawParty = true }
            if let heading = LineKind.attachmentHeading(text) {
                if isListing(i, previousWasListing: listing) {
                    listing = true
                    current.listed.append((heading.label, heading.title, i))
                    continue
                }
                listing = false
                // `附件一 鉴证编号：Ｅ２－` then `劳动合同续订表`: a `key：value` is no title.
                let ownTitle = heading.title.flatMap { t in t.includes("：") || t.includes(":") ? nil : t }
                let title = ownTitle ?? sectionTitle(after: i)
                if let start = embeddedContract(at: i) {
                    current.sections.append((heading.label, title, i))
                    current.bodyEnd = min(current.bodyEnd, i)
                    close(&current, at: i, into: &result)
                    current = Segment(lines: i..<lines.count, kind: LineKind.isSupplementTitle(String(lines[start].text)) ? .supplement : .contract,
                                      titleLine: start, bodyEnd: lines.count)
                    sawParty = false; sawSignature = false; inAttachment = false
                    continue
                }
                current.sections.append((heading.label, title, i))
                current.bodyEnd = min(current.bodyEnd, i)
                inAttachment = true
                continue
            }
            listing = false
            if sawParty, sawSignature || inAttachment, line.label == nil, LineKind.isTitleLike(text),
               !sameTitle(text, as: current), partyLine(within: (i + 1)..<min(lines.count, i + 7)) {
                close(&current, at: i, into: &result)
                current = Segment(lines: i..<lines.count, kind: LineKind.isSupplementTitle(String(text)) ? .supplement : .contract,
                                  titleLine: i, bodyEnd: lines.count)
                sawParty = false; sawSignature = false; inAttachment = false
            }
        }
        result.append(current)
        return result
    }

    /// A signature-page line: 【签署页】, (以下无正文), or a party line that asks for a seal or signature.
    /// Every signature marker below contains one of these.
    private static let signatureScalars: ScalarSet = ["签", "盖", "章", "无", "名"]
    private static let markers = WordSet(["【签署页】", "【签字页】", "【签章页】", "以下无正文"])
    private static let signs = WordSet(["盖章", "签字", "签章", "公章", "签名"])
    private static let signers = ["法定代表人", "授权代表", "委托代理人", "负责人", "代表人"]

    /// `scalars` are the line's (`text`'s) scalars: the tests run on them, the string is only
    /// asked what depends on characters.
    static func isSignature(_ text: Substring, scalars: ArraySlice<Unicode.Scalar>, isPartyLine: Bool) -> Bool {
        // A line has at most as many characters as scalars, and exactly as many when each scalar
        // is a character of its own: the string is segmented only otherwise.
        func hasAtMost(_ n: Int) -> Bool {
            scalars.count <= n || (!scalars.allSatisfy(\.isOwnCharacter) && text.hasAtMost(n))
        }
        guard scalars.contains(where: { signatureScalars.contains($0) }), hasAtMost(200) else { return false }
        if markers.first(in: scalars) != nil { return true }
        if scalars.first == "签", text.hasPrefix("签署日期") || text.hasPrefix("签订日期：") && text.count < 20 { return true }
        // `甲方（盖章）：…`, `用人单位（公章）	受用人（签名）：`, `法定代表人（签字）：`
        guard hasAtMost(80), signs.first(in: scalars) != nil else { return false }
        return isPartyLine || LineKind.startsWithRole(text) || signers.contains { text.hasPrefix($0) }
    }

    private func close(_ segment: inout Segment, at i: Int, into result: inout [Segment]) {
        segment.lines = segment.lines.lowerBound..<i
        segment.bodyEnd = min(segment.bodyEnd, i)
        result.append(segment)
    }

    /// Part of a list of attachments rather than the start of one: the line before introduces
    /// attachments (`…以下附件：`), or an attachment line stands right before or after it.
    private func isListing(_ i: Int, previousWasListing: Bool) -> Bool {
        if previousWasListing { return true }
        if i + 1 < lines.count, LineKind.attachmentHeading(lines[i + 1].text) != nil { return true }
        if i > 0 {
            let before = lines[i - 1].text
            if before.includes("附件"), before.hasSuffix("：") || before.hasSuffix(":") { return true }
        }
        return false
    }

    /// `附件一：` alone, then its title on the next line.
    private func sectionTitle(after i: Int) -> String? {
        guard i + 1 < lines.count else { return nil }
        let next = String(lines[i + 1].text).trimmedWhitespace
        guard next.count <= 40, !next.includes("。"), !next.includes("："), lines[i + 1].label == nil else { return nil }
        return next
    }

    /// The title line of an agreement that starts at attachment heading `i`, if one does.
    private func embeddedContract(at i: Int) -> Int? {
        // Its own title, or the line or two after it, but never past the next attachment.
        let after = ((i + 1)..<min(lines.count, i + 3)).prefix { LineKind.attachmentHeading(lines[$0].text) == nil }
        let candidates = [i] + Array(after)
        guard let title = candidates.first(where: { j in
            j == i ? LineKind.attachmentHeading(lines[i].text)?.title.map { LineKind.isTitleLike(Substring($0)) } ?? false
                   : LineKind.isTitleLike(lines[j].text)
        }) else { return nil }
        return partyLine(within: (title + 1)..<min(lines.count, title + 7)) ? title : nil
    }

    private func partyLine(within range: Range<Int>) -> Bool {
        range.contains { lines[$0].isPartyLine && !lines[$0].isSignature }
    }

    private func sameTitle(_ text: Substring, as segment: Segment) -> Bool {
        guard let t = segment.titleLine ?? firstTitle(in: segment) else { return false }
        return String(lines[t].text).trimmedWhitespace == String(text).trimmedWhitespace
    }

    /// The lines of the agreement's title: its title line, and the line before when the title is
    /// set on two cover lines (`肇新合同管理系统` / `源码销售合同`): the agreement opens with it, the
    /// title line is short, and it reads as the first half of a name (`isTitleHead`).
    func titleLines(in segment: Segment) -> ClosedRange<Int>? {
        guard let t = segment.titleLine ?? firstTitle(in: segment) else { return nil }
        guard t - 1 == segment.lines.lowerBound, lines[t].text.hasAtMost(20), Self.isTitleHead(lines[t - 1]) else { return t...t }
        return (t - 1)...t
    }

    /// A short line without label, punctuation or digits that is not itself a title, a party
    /// line, or a name of an organisation (`北京某某科技有限公司` over `采购合同` is who signs,
    /// not part of the title).
    static func isTitleHead(_ line: ParsedLine) -> Bool {
        let t = String(line.text).trimmedWhitespace
        guard line.label == nil, (2...20).contains(t.unicodeScalars.count), !LineKind.isTitleLike(Substring(t)),
              !LineKind.isPartyLine(Substring(t)) else { return false }
        guard !t.unicodeScalars.contains(where: { titleHeadMarks.contains($0) || $0.properties.numericType == .decimal || $0.isSpace })
        else { return false }
        return !organisationEndings.contains { t.hasSuffix($0) }
    }

    private static let titleHeadMarks = ScalarSet("：:，,。；;、（）()《》【】“”\"/／-—".unicodeScalars)
    private static let organisationEndings = ["公司", "集团", "中心", "委员会", "局", "院", "所", "部", "处", "厅", "大学", "学校", "银行", "医院", "政府"]

    /// The first title-like line before the first party line of the segment; failing that, the
    /// first short line there that names a 合同 or 协议 (`租房合同范本标准版`).
    func firstTitle(in segment: Segment) -> Int? {
        let front = segment.lines.prefix { !lines[$0].isPartyLine }
        if let title = front.first(where: { LineKind.isTitleLike(lines[$0].text) }) { return title }
        return front.first { i in
            let t = lines[i].text
            return t.count <= 30 && lines[i].label == nil && !t.includes("：") && !t.includes(":")
                && (t.includes("合同") || t.includes("协议"))
        }
    }
}
