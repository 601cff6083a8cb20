import Store

/// The documents list: one row per agreement found by the store's search (`StoreSearch`), with
/// its document's pages, text layer and review status; filtered by the search form (article
/// text, party, status) and sorted by the column asked for.
enum ListPage {
    struct Row {
        var hit: SearchHit
        var pages: Int?
        var status: ReviewEntries.Status
    }

    static let sorts = ["file", "title", "total", "pages", "status"]

    static func rows(_ hits: [SearchHit], statuses: [String: ContractStore.DocumentStatus], status: String?, sort: String) -> [Row] {
        var rows = hits.map { hit in
            let s = statuses[hit.sha256]
            return Row(hit: hit, pages: s?.pages, status: ReviewEntries.status(diagnostics: s?.diagnostics ?? 0, reviews: s?.reviews ?? 0))
        }
        if let status, let wanted = ReviewEntries.Status(rawValue: status) { rows = rows.filter { $0.status == wanted } }
        switch sort {
        case "title": rows.sort { ($0.hit.title ?? "", $0.hit.file) < ($1.hit.title ?? "", $1.hit.file) }
        case "total": rows.sort { (Double($0.hit.total ?? "") ?? -1) > (Double($1.hit.total ?? "") ?? -1) }
        case "pages": rows.sort { ($0.pages ?? 0) > ($1.pages ?? 0) }
        case "status":
            let order: [ReviewEntries.Status: Int] = [.attention: 0, .unreviewed: 1, .reviewed: 2]
            rows.sort { (order[$0.status] ?? 0, $0.hit.file) < (order[$1.status] ?? 0, $1.hit.file) }
        default: break  // the search's own order: file, then agreement
        }
        return rows
    }

    static func render(_ rows: [Row], form: [String: String]) -> String {
        let q = form["q"] ?? "", party = form["party"] ?? "", status = form["status"] ?? "", sort = form["sort"] ?? "file"
        func link(_ key: String, _ title: String) -> String {
            var params = form
            params["sort"] = key
            let query = params.sorted { $0.key < $1.key }.map { "\(FormData.encode($0.key))=\(FormData.encode($0.value))" }.joined(separator: "&")
            return "<a href=\"/?\(HTML.escape(query))\"\(key == sort ? " class=\"sorted\"" : "")>\(title)</a>"
        }
        let options = [("", "全部 all")] + ReviewEntries.Status.allCases.map { ($0.rawValue, $0.rawValue) }
        var html = """
            <header><h1>合同审阅 contract review</h1></header>
            <form class="filters" method="get" action="/">
            <label>条款文字 text <input name="q" value="\(HTML.escape(q))"></label>
            <label>当事人 party <input name="party" value="\(HTML.escape(party))"></label>
            <label>状态 status <select name="status">\(options.map { "<option value=\"\(HTML.escape($0.0))\"\($0.0 == status ? " selected" : "")>\(HTML.escape($0.1))</option>" }.joined())</select></label>
            <input type="hidden" name="sort" value="\(HTML.escape(sort))">
            <button type="submit">筛选 filter</button>
            </form>
            <p class="count">\(rows.count) agreements</p>
            <table id="documents"><thead><tr>
            <th>\(link("file", "文件 file"))</th><th>\(link("title", "标题 title"))</th><th>当事人 parties</th><th>\(link("total", "总金额 total"))</th>
            <th>\(link("pages", "页 pages"))</th><th>文字层 text layer</th><th>\(link("status", "状态 status"))</th></tr></thead><tbody>

            """
        for row in rows {
            let h = row.hit
            html += """
                <tr class="status-\(row.status == .attention ? "attention" : row.status.rawValue)"><td><a href="/doc/\(h.sha256)#a\(h.agreement)">\(HTML.escape(h.file))</a>\(h.agreement > 1 ? " <small>#\(h.agreement)</small>" : "")</td>
                <td>\(HTML.escape(h.title))</td><td>\(h.parties.map { HTML.escape($0) }.joined(separator: "<br>"))</td>
                <td class="num">\(HTML.escape(h.total))</td><td class="num">\(row.pages.map(String.init) ?? "")</td>
                <td>\(HTML.escape(h.textLayer ?? h.format))</td><td class="status">\(row.status.rawValue)</td></tr>

                """
        }
        html += "</tbody></table>"
        return HTML.page(title: "contract review", bodyClass: "list", html)
    }
}
