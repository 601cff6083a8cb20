import Foundation
import Schema

/// The human view of a record (`contract-extract show`): what a lawyer checks first, one
/// agreement after another — title, number, parties with their details and accounts, the total
/// with its 大写 check, dates, term, dispute resolution, copies, attachments — then the
/// diagnostics, each with the page it points at. Labels are the documents' own Chinese terms;
/// columns are aligned by display width (a CJK character takes two). Values the document does
/// not state are left out rather than shown as blanks; nothing here is not in the JSON record.
struct RecordSummary {
    var result: ExtractionResult
    /// Bold titles and dim page references, for a terminal.
    var styled = false

    func render() -> String {
        var out: [String] = []
        out.append(sourceLine)
        if result.contracts.isEmpty { out += ["", "No agreement found in this file."] }
        for (i, contract) in result.contracts.enumerated() {
            out.append("")
            out += agreement(contract, index: i + 1, of: result.contracts.count)
        }
        out.append("")
        out += diagnostics
        return out.joined(separator: "\n") + "\n"
    }

    /// Text from a document as it may reach a terminal: C0 and C1 control characters (an ESC
    /// in a crafted file would drive the terminal) become U+FFFD. Every document value passes
    /// through here — `Rows.add`, `bold`, `dim`, the diagnostics — before any styling is added.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "\u{FFFD}" : $0
        }))
    }

    private var sourceLine: String {
        let s = result.source
        var parts = [s.fileName]
        switch s.format {
        case .pdf:
            let pages = s.pageCount.map { "\($0) page\($0 == 1 ? "" : "s")" } ?? "PDF"
            let layer: String
            switch s.textLayer {
            case .native?: layer = ", text layer"
            case .ocr?: layer = ", OCR"
            case .mixed?: layer = ", text layer and OCR"
            case nil: layer = ""
            }
            parts.append("PDF, " + pages + layer)
        case .docx:
            parts.append("Word (DOCX)")
        case .html:
            parts.append("HTML" + (s.encoding.map { ", \($0)" } ?? ""))
        case .text:
            parts.append("text" + (s.encoding.map { ", \($0)" } ?? ""))
        case .jpeg, .png, .tiff:
            let pages = s.pageCount.map { "\($0) page\($0 == 1 ? "" : "s")" } ?? "image"
            parts.append("\(s.format.rawValue.uppercased()) image, " + pages + ", OCR")
        }
        return dim(parts.joined(separator: " · "))
    }

    private func agreement(_ c: Contract, index: Int, of count: Int) -> [String] {
        var lines: [String] = []
        let kind = c.kind == .supplement ? "补充协议" : "合同"
        let heading = count > 1 ? "[\(index)/\(count) \(kind)] " : ""
        lines.append(bold(heading + (c.title ?? "（无标题）")) + page(c.location))
        var rows = Rows()
        rows.add("合同编号", c.contractNumber)
        lines += rows.lines
        for party in c.parties { lines += self.party(party) }
        if c.parties.isEmpty { lines.append("（未识别出当事人）") }
        rows = Rows()
        if let total = c.totalAmount {
            rows.add("合同总额", amount(total), suffix: page(total.location))
        } else {
            // No total stated: the amounts themselves, the first few.
            for a in c.amounts.prefix(5) { rows.add("金额", amount(a), suffix: page(a.location)) }
            if c.amounts.count > 5 { rows.add("金额", "… 共 \(c.amounts.count) 处") }
        }
        rows.add("签订日期", c.dates.signed)
        rows.add("生效日期", c.dates.effective)
        rows.add("到期日期", c.dates.expires)
        rows.add("期限", term(c.term))
        rows.add("争议解决", dispute(c.disputeResolution))
        rows.add("份数", copies(c.copies, roles: c.parties.map(\.role)))
        for attachment in c.attachments {
            rows.add("附件", [attachment.label, attachment.title].compactMap { $0 }.joined(separator: " ")
                        + (attachment.present ? "" : "（未附）"), suffix: page(attachment.location))
        }
        let blank = c.fields.filter(\.blank).count
        rows.add("条款", "\(c.articles.count) 条（含各级子项 \(countArticles(c.articles)) 项）")
        if !c.fields.isEmpty { rows.add("填空", "\(c.fields.count) 处" + (blank > 0 ? "，其中 \(blank) 处空白" : "")) }
        if !c.tables.isEmpty { rows.add("表格", "\(c.tables.count) 个") }
        lines.append("")
        lines += rows.lines
        return lines
    }

    private func party(_ p: Party) -> [String] {
        var rows = Rows(indent: 2)
        rows.add("法定代表人", p.legalRepresentative)
        rows.add("联系人", p.contact)
        rows.add("地址", p.address)
        rows.add("邮编", p.postalCode)
        rows.add("电话", p.phone)
        rows.add("传真", p.fax)
        rows.add("电子邮箱", p.email)
        rows.add("信用代码", p.creditCode)
        for account in p.bankAccounts {
            let parts = [account.accountName, account.bank, account.accountNumber.map { "账号 \($0)" },
                         account.bankCode.map { "行号 \($0)" }].compactMap { $0 }
            rows.add("银行账户", parts.joined(separator: "，"))
        }
        return [""] + [bold("\(p.role)  \(p.name ?? "（名称空白）")") + page(p.location)] + rows.lines
    }

    private func amount(_ a: Amount) -> String {
        var text = "¥" + grouped(a.value)
        if let upper = a.uppercase {
            switch a.consistent {
            case true?: text += "  大写 \(upper) ✓ 一致"
            case false?: text += "  大写 \(upper) ✗ 与小写不符"
            case nil: text += "  大写 \(upper)"
            }
        }
        return text
    }

    /// `482190.00` → `482,190.00`.
    private func grouped(_ value: String) -> String {
        let negative = value.hasPrefix("-")
        let digits = negative ? String(value.dropFirst()) : value
        let parts = digits.split(separator: ".", maxSplits: 1)
        var whole = String(parts.first ?? "")
        var groups: [String] = []
        while whole.count > 3 {
            groups.insert(String(whole.suffix(3)), at: 0)
            whole.removeLast(3)
        }
        groups.insert(whole, at: 0)
        return (negative ? "-" : "") + groups.joined(separator: ",") + (parts.count > 1 ? "." + parts[1] : "")
    }

    private func term(_ t: Term) -> String? {
        var parts: [String] = []
        if let text = t.text { parts.append(text) }
        if let months = t.months { parts.append("\(months) 个月") }
        if t.autoRenewal == true { parts.append("自动续期" + (t.renewalMonths.map { " \($0) 个月" } ?? "")) }
        return parts.isEmpty ? nil : parts.joined(separator: "；")
    }

    private func dispute(_ d: DisputeResolution) -> String? {
        let method = d.method.map { $0 == .litigation ? "诉讼" : "仲裁" }
        let parts = [method, d.venue].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " — ")
    }

    /// Per-party counts in the parties' order (甲方 before 乙方), others after.
    private func copies(_ c: Copies, roles: [String]) -> String? {
        guard let total = c.total else { return nil }
        let rank = { (role: String) in roles.firstIndex(of: role) ?? roles.count }
        let each = c.perParty.sorted { (rank($0.key), $0.key) < (rank($1.key), $1.key) }.map { "\($0.key) \($0.value) 份" }
        return "一式 \(total) 份" + (each.isEmpty ? "" : "（" + each.joined(separator: "，") + "）")
    }

    private func countArticles(_ articles: [Article]) -> Int {
        articles.reduce(0) { $0 + 1 + countArticles($1.children) }
    }

    private var diagnostics: [String] {
        let list = result.diagnostics
        guard !list.isEmpty else { return ["No diagnostics."] }
        let errors = list.filter { $0.severity == .error }.count
        var lines = [bold("Diagnostics: \(errors) error\(errors == 1 ? "" : "s"), \(list.count - errors) warning\(list.count - errors == 1 ? "" : "s")")]
        for d in list {
            let at = d.location?.page.map { "p.\($0) " } ?? ""
            lines.append("  \(d.severity == .error ? "error  " : "warning") \(d.code)  \(at)\(Self.printable(d.message))")
        }
        return lines
    }

    private func page(_ location: Location?) -> String {
        guard let page = location?.page else { return "" }
        return dim("  p.\(page)")
    }

    private func bold(_ text: String) -> String {
        styled ? "\u{1B}[1m\(Self.printable(text))\u{1B}[0m" : Self.printable(text)
    }

    private func dim(_ text: String) -> String {
        styled ? "\u{1B}[2m\(Self.printable(text))\u{1B}[0m" : Self.printable(text)
    }
}

/// Label–value rows with the values in one column, whatever the labels' widths.
private struct Rows {
    var indent = 0
    private var rows: [(label: String, value: String, suffix: String)] = []

    init(indent: Int = 0) { self.indent = indent }

    /// `value` is document text (made printable here); `suffix` is ours (a styled page reference).
    mutating func add(_ label: String, _ value: String?, suffix: String = "") {
        guard let value, !value.isEmpty else { return }
        rows.append((label, RecordSummary.printable(value), suffix))
    }

    var lines: [String] {
        let width = rows.map { DisplayWidth.of($0.label) }.max() ?? 0
        return rows.map { row in
            String(repeating: " ", count: indent) + row.label
                + String(repeating: " ", count: width - DisplayWidth.of(row.label) + 2) + row.value + row.suffix
        }
    }
}

/// Terminal columns a string takes: East Asian wide and full-width characters take two.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
