/// HTML text built by the review pages. Everything that comes from a document (values, file
/// names, diagnostics, article text) passes through `escape` — a contract containing
/// `<script>` shows as text — and the pages carry no inline script or style (the
/// Content-Security-Policy forbids both); the page's behaviour is `/static/review.js`.
enum HTML {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func escape(_ s: String?) -> String { s.map { escape($0) } ?? "" }

    /// A whole page: title, the shared CSS and script, `body`.
    static func page(title: String, bodyClass: String, _ body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title><link rel="stylesheet" href="/static/review.css"><script src="/static/review.js" defer></script></head>
        <body class="\(bodyClass)">
        \(body)
        </body></html>

        """
    }

    /// A number rounded to 0.01 as the record writes coordinates, for data attributes.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
