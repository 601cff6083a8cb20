import Foundation
import Schema
import Store

/// One value the review page lists: where it is in the record (`agreement` + `path`, the path a
/// `Review` names), the reviewed value beside the extracted one, where it sits in the document,
/// the diagnostics that touch it and the latest review of it. Entries come in the record's own
/// grouping (`group`: 合同, a party's role, 金额, 日期 …).
struct ReviewEntry: Sendable {
    var agreement: Int
    var group: String
    var label: String
    var path: String
    var value: String?
    var extracted: String?
    var location: Location?
    var diagnostics: [Diagnostic] = []
    var review: Review?
    /// Whether the page offers confirm / correct / missing for it (articles are shown only).
    var reviewable = true

    /// HTML id of the entry and of its box: agreement and path, made safe for an id.
    var id: String {
        "e\(agreement)-" + path.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }

    /// OCR confidence as read from an `ocr-low-confidence` diagnostic on the value, in percent.
    var ocrConfidence: Int? {
        for d in diagnostics where d.code == "ocr-low-confidence" {
            if let m = d.message.firstMatch(of: /confidence (\d+)%/) { return Int(m.1) }
        }
        return nil
    }
}

/// The entries of a record, grouped as the record is: per agreement its title and number, each
/// party's details and accounts, amounts, dates, term, dispute resolution, copies, fields and
/// top-level articles. Values the record leaves null are listed too (a reviewer may mark them
/// missing). Diagnostics attach to the entries whose span they overlap.
enum ReviewEntries {
    static func of(reviewed: ExtractionResult, extracted: ExtractionResult, reviews: [Review]) -> [ReviewEntry] {
        var out: [ReviewEntry] = []
        for (i, c) in reviewed.contracts.enumerated() {
            let n = i + 1
            let p = c.provenance
            func add(_ group: String, _ label: String, _ path: String, _ value: String?, _ location: Location?, reviewable: Bool = true) {
                out.append(ReviewEntry(agreement: n, group: group, label: label, path: path, value: value,
                                       location: location, reviewable: reviewable))
            }
            let head = "合同 \(n)" + (c.kind == .supplement ? "（补充协议）" : "")
            add(head, "标题 title", "title", c.title, p?.title)
            add(head, "合同编号 number", "contractNumber", c.contractNumber, p?.contractNumber)
            for (j, party) in c.parties.enumerated() {
                let pp = p.flatMap { j < $0.parties.count ? $0.parties[j] : nil }
                let group = "\(party.role)"
                let base = "parties[\(j)]"
                add(group, "名称 name", "\(base).name", party.name, pp?.name ?? party.location)
                add(group, "法定代表人", "\(base).legalRepresentative", party.legalRepresentative, pp?.legalRepresentative)
                add(group, "联系人", "\(base).contact", party.contact, pp?.contact)
                add(group, "地址", "\(base).address", party.address, pp?.address)
                add(group, "电话", "\(base).phone", party.phone, pp?.phone)
                add(group, "传真", "\(base).fax", party.fax, pp?.fax)
                add(group, "邮箱", "\(base).email", party.email, pp?.email)
                add(group, "邮编", "\(base).postalCode", party.postalCode, pp?.postalCode)
                add(group, "统一社会信用代码", "\(base).creditCode", party.creditCode, pp?.creditCode)
                for (k, account) in party.bankAccounts.enumerated() {
                    let ap = pp.flatMap { k < $0.bankAccounts.count ? $0.bankAccounts[k] : nil }
                    let b = "\(base).bankAccounts[\(k)]"
                    add(group, "户名 \(k + 1)", "\(b).accountName", account.accountName, ap?.accountName)
                    add(group, "账号 \(k + 1)", "\(b).accountNumber", account.accountNumber, ap?.accountNumber)
                    add(group, "开户行 \(k + 1)", "\(b).bank", account.bank, ap?.bank)
                }
            }
            add("金额 amounts", "总金额 total", "totalAmount.value", c.totalAmount?.value, c.totalAmount?.location)
            for (j, amount) in c.amounts.enumerated() {
                add("金额 amounts", amount.text, "amounts[\(j)].value", amount.value, amount.location)
            }
            add("日期 dates", "签订 signed", "dates.signed", c.dates.signed, p?.signed)
            add("日期 dates", "生效 effective", "dates.effective", c.dates.effective, p?.effective)
            add("日期 dates", "到期 expires", "dates.expires", c.dates.expires, p?.expires)
            add("期限 term", "期限 term", "term.text", c.term.text, p?.term)
            add("期限 term", "月数 months", "term.months", c.term.months.map(String.init), p?.term)
            add("争议 dispute", "方式 method", "disputeResolution.method", c.disputeResolution.method?.rawValue, p?.disputeMethod)
            add("争议 dispute", "管辖 venue", "disputeResolution.venue", c.disputeResolution.venue, p?.disputeVenue)
            add("份数 copies", "一式 total", "copies.total", c.copies.total.map(String.init), p?.copies)
            for (j, field) in c.fields.enumerated() where !field.marker {
                add("填写项 fields", field.label ?? field.style.rawValue, "fields[\(j)].value", field.value, field.location)
            }
            for (j, article) in c.articles.enumerated() {
                add("条款 articles", article.label, "articles[\(j)].heading", article.heading ?? String(article.text.prefix(40)),
                    article.location, reviewable: false)
            }
        }
        // Attach diagnostics and the latest review of each value.
        let latest = Dictionary(reviews.map { ("\($0.agreement)|\($0.path)", $0) }, uniquingKeysWith: { _, b in b })
        for index in out.indices {
            out[index].review = latest["\(out[index].agreement)|\(out[index].path)"]
            // The extracted value as the store recorded it with the review (reading it from the
            // record for every entry would re-encode the record hundreds of times).
            out[index].extracted = out[index].review?.extracted
            guard let span = out[index].location, !out[index].path.hasPrefix("articles") else { continue }
            out[index].diagnostics = reviewed.diagnostics.filter { d in
                guard let l = d.location else { return false }
                return l.start < span.end && span.start < l.end
            }
        }
        return out
    }

    /// The document's status on the list page.
    enum Status: String, CaseIterable, Sendable {
        case unreviewed, attention = "needs attention", reviewed
    }

    static func status(diagnostics: Int, reviews: Int) -> Status {
        if reviews > 0 { return .reviewed }
        return diagnostics > 0 ? .attention : .unreviewed
    }
}
