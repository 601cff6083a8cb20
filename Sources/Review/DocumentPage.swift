import Foundation
import Schema
import Store

/// The document view: the pages as images with a box over every located value (boxes are
/// placed by review.js from `data-bbox`, in PDF points, as a share of the page's size in
/// points, so they scale with the image), or — for documents without pages — the normalized
/// text with the values' spans marked; beside it the panel of entries grouped as the record is,
/// each with its value, the extracted value when a review changed it, OCR confidence, its
/// diagnostics and the review form (POST with the session token).
enum DocumentPage {
    static func render(sha: String, fileName: String, reviewed: ExtractionResult, entries: [ReviewEntry],
                       text: String?, token: String, reviewer: String) -> String {
        let source = reviewed.source
        var html = """
            <header><a href="/">← 文件 documents</a> <h1>\(HTML.escape(fileName))</h1>
            <span class="meta">\(HTML.escape(source.format.rawValue)) · \(source.pages.count) pages · \(HTML.escape(source.textLayer?.rawValue ?? "text")) · \(reviewed.contracts.count) agreements · reviewer \(HTML.escape(reviewer))</span></header>
            <main><section id="document">

            """
        if source.pages.isEmpty {
            html += textView(text, entries: entries)
        } else {
            for page in source.pages {
                let w = page.width * 110 / 72, h = page.height * 110 / 72
                html += """
                    <div class="page" id="page-\(page.number)" data-page="\(page.number)" data-width="\(HTML.number(page.width))" data-height="\(HTML.number(page.height))">
                    <img src="/doc/\(sha)/page/\(page.number)" alt="page \(page.number)" loading="lazy" width="\(Int(w))" height="\(Int(h))">

                    """
                for entry in entries where entry.reviewable && entry.location?.page == page.number {
                    guard let box = entry.location?.bbox else { continue }
                    html += "<a class=\"box\(entry.review.map { " reviewed-\($0.status.rawValue)" } ?? "")\" id=\"box-\(entry.id)\" data-entry=\"\(entry.id)\" href=\"#\(entry.id)\" data-bbox=\"\(bbox(box))\" title=\"\(HTML.escape(entry.label))\"></a>\n"
                }
                for entry in entries {
                    guard let review = entry.review, review.page == page.number, let b = review.bbox, b.count == 4 else { continue }
                    html += "<a class=\"box drawn\" id=\"drawn-\(entry.id)\" data-entry=\"\(entry.id)\" href=\"#\(entry.id)\" data-bbox=\"\(b.map(HTML.number).joined(separator: ","))\"></a>\n"
                }
                html += "</div>\n"
            }
        }
        html += "</section>\n<aside id=\"panel\">\n"
        let ocrPages = Set(source.pages.filter { $0.textLayer == .ocr }.map(\.number))
        var group = "", agreement = 0
        for entry in entries {
            if entry.agreement != agreement {
                if !group.isEmpty { html += "</ul>\n" }
                agreement = entry.agreement
                group = ""
                html += "<h2 id=\"a\(agreement)\">\(HTML.escape(reviewed.contracts[agreement - 1].title ?? "合同 \(agreement)"))</h2>\n"
            }
            if entry.group != group {
                if !group.isEmpty { html += "</ul>\n" }
                group = entry.group
                html += "<h3>\(HTML.escape(group))</h3><ul class=\"entries\">\n"
            }
            let ocr = entry.location?.page.map { ocrPages.contains($0) } ?? false
            html += self.entry(entry, sha: sha, token: token, ocr: ocr)
        }
        if !group.isEmpty { html += "</ul>\n" }
        html += "<h2>诊断 diagnostics</h2><ul class=\"diagnostics\">\n"
        for d in reviewed.diagnostics {
            html += "<li class=\"\(d.severity.rawValue)\"><code>\(HTML.escape(d.code))</code> \(HTML.escape(d.message))\(d.location?.page.map { " <small>p. \($0)</small>" } ?? "")</li>\n"
        }
        html += "</ul></aside></main>"
        return HTML.page(title: fileName, bodyClass: "doc", html)
    }

    static func bbox(_ b: BoundingBox) -> String {
        [b.x0, b.y0, b.x1, b.y1].map(HTML.number).joined(separator: ",")
    }

    private static func entry(_ e: ReviewEntry, sha: String, token: String, ocr: Bool) -> String {
        var classes = ["entry"]
        if e.value == nil { classes.append("empty") }
        if let r = e.review { classes.append("reviewed-\(r.status.rawValue)") }
        if !e.diagnostics.isEmpty { classes.append("attention") }
        var html = "<li class=\"\(classes.joined(separator: " "))\" id=\"\(e.id)\" data-page=\"\(e.location?.page.map(String.init) ?? "")\">"
        html += "<span class=\"label\">\(HTML.escape(e.label))</span> <span class=\"value\">\(e.value.map(HTML.escape) ?? "—")</span>"
        if let r = e.review {
            html += " <span class=\"review\">\(r.status.rawValue) by \(HTML.escape(r.reviewer))</span>"
            if r.status != .confirmed { html += " <span class=\"extracted\">extracted: \(e.extracted.map(HTML.escape) ?? "—")</span>" }
        }
        if let c = e.ocrConfidence {
            html += " <span class=\"ocr low\">OCR \(c)%</span>"
        } else if ocr, e.location != nil {
            html += " <span class=\"ocr\">OCR ≥ 90%</span>"
        }
        for d in e.diagnostics {
            html += "<div class=\"diagnostic\"><code>\(HTML.escape(d.code))</code> \(HTML.escape(d.message))</div>"
        }
        if e.reviewable {
            html += """
                <form class="review-form" method="post" action="/doc/\(sha)/review">\
                <input type="hidden" name="token" value="\(token)">\
                <input type="hidden" name="agreement" value="\(e.agreement)">\
                <input type="hidden" name="path" value="\(HTML.escape(e.path))">\
                <input type="hidden" name="page" value=""><input type="hidden" name="bbox" value="">\
                <input name="corrected" value="\(HTML.escape(e.value))" aria-label="corrected value">\
                <button name="status" value="confirmed">✓ confirm</button>\
                <button name="status" value="corrected">correct</button>\
                <button name="status" value="missing">missing</button>\
                <button type="button" class="draw">draw box</button></form>
                """
        }
        return html + "</li>\n"
    }

    /// The normalized text, each run of code points inside some value's span wrapped in a
    /// `<mark>` naming the entries it belongs to (articles are left out: they cover the text).
    static func textView(_ text: String?, entries: [ReviewEntry]) -> String {
        guard let text else { return "<p class=\"missing-file\">The original file was not found (see --files), so its text cannot be shown.</p>" }
        let scalars = Array(text.unicodeScalars)
        let spans = entries.compactMap { e -> (Int, Int, String)? in
            guard e.reviewable, let l = e.location, l.start < l.end, l.end <= scalars.count else { return nil }
            return (l.start, l.end, e.id)
        }
        var cuts = Set([0, scalars.count])
        for (s, e, _) in spans { cuts.insert(s); cuts.insert(e) }
        let bounds = cuts.sorted()
        var html = "<pre id=\"text\">"
        var first = Set<String>()
        for (a, b) in zip(bounds, bounds.dropFirst()) {
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[a..<b])
            let chunk = HTML.escape(String(piece))
            let ids = spans.filter { $0.0 <= a && b <= $0.1 }.map(\.2)
            if ids.isEmpty {
                html += chunk
            } else {
                let anchor = ids.first { !first.contains($0) }
                if let anchor { first.insert(anchor) }
                html += "<mark class=\"span\"\(anchor.map { " id=\"box-\($0)\"" } ?? "") data-entries=\"\(ids.joined(separator: " "))\">\(chunk)</mark>"
            }
        }
        return html + "</pre>\n"
    }
}
