import Foundation
import Schema

/// An HTML contract page (Word's "save as web page", a page saved from a browser) read into the
/// same blocks a DOCX gives: text by block structure (`p`, `div`, `h1`…, `li`, `br` …), tables as
/// rows of cells, form fields by their value, and nothing from `<head>`, `<style>`, `<script>`,
/// `<template>` or comments. Whitespace collapses as a browser collapses it, except in `<pre>`.
enum HtmlTextLayer {
    static let blockTags: Set<String> = ["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table",
                                         "section", "article", "header", "footer", "blockquote", "pre", "hr", "dt", "dd",
                                         "dl", "center", "form", "address", "main", "nav", "aside", "figure", "caption",
                                         "body", "html", "tbody", "thead", "tfoot", "fieldset", "legend"]
    static let skippedTags: Set<String> = ["head", "style", "script", "template", "noscript", "title", "object", "svg",
                                           "select", "textarea", "iframe"]

    static func items(_ text: String) -> [DocxItem] {
        var builder = HtmlBlockBuilder()
        let s = Array(text.unicodeScalars)
        var i = 0
        var skipping: String?
        while i < s.count {
            if s[i] == "<" {
                if match(s, i, "<!--") {
                    i = find(s, from: i + 4, "-->").map { $0 + 3 } ?? s.count
                    continue
                }
                if i + 1 < s.count, s[i + 1] == "!" || s[i + 1] == "?" {
                    i = find(s, from: i, ">").map { $0 + 1 } ?? s.count
                    continue
                }
                guard let close = tagEnd(s, from: i + 1) else {
                    if skipping == nil { builder.text("<") }
                    i += 1
                    continue
                }
                let tag = HtmlTag(String(String.UnicodeScalarView(s[(i + 1)..<close])))
                i = close + 1
                if let skip = skipping {
                    if tag.closing, tag.name == skip { skipping = nil }
                    continue
                }
                if !tag.closing, skippedTags.contains(tag.name), !tag.selfClosing {
                    // Raw-text elements end only at their own end tag.
                    if ["script", "style", "textarea", "title"].contains(tag.name) {
                        let endTag = "</" + tag.name
                        var j = i
                        while j < s.count, !(match(s, j, endTag, ignoringCase: true)) { j += 1 }
                        i = find(s, from: j, ">").map { $0 + 1 } ?? s.count
                    } else {
                        skipping = tag.name
                    }
                    continue
                }
                builder.tag(tag)
                continue
            }
            if skipping != nil {
                i += 1
                continue
            }
            if s[i] == "&" {
                var j = i + 1
                while j < s.count, j - i <= 10, s[j] != ";", s[j] != "&", s[j] != "<", !s[j].properties.isWhitespace { j += 1 }
                if j < s.count, s[j] == ";", let decoded = HtmlEntities.decode(Substring(String(String.UnicodeScalarView(s[(i + 1)..<j])))) {
                    builder.text(decoded)
                    i = j + 1
                    continue
                }
            }
            builder.scalar(s[i])
            i += 1
        }
        return builder.finish()
    }

    /// The `>` that ends a tag starting after `<` at `from`, skipping quoted attribute values; nil
    /// when `<` does not start a tag (`a < b`).
    private static func tagEnd(_ s: [Unicode.Scalar], from: Int) -> Int? {
        guard from < s.count, s[from].properties.isAlphabetic || s[from] == "/" else { return nil }
        var quote: Unicode.Scalar?
        var j = from
        while j < s.count {
            let c = s[j]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                return j
            }
            j += 1
        }
        return nil
    }

    private static func match(_ s: [Unicode.Scalar], _ i: Int, _ word: String, ignoringCase: Bool = false) -> Bool {
        var k = i
        for w in word.unicodeScalars {
            guard k < s.count else { return false }
            let c = s[k]
            if ignoringCase {
                guard String(c).lowercased() == String(w).lowercased() else { return false }
            } else if c != w {
                return false
            }
            k += 1
        }
        return true
    }

    private static func find(_ s: [Unicode.Scalar], from: Int, _ word: String) -> Int? {
        var j = from
        while j < s.count {
            if match(s, j, word) { return j }
            j += 1
        }
        return nil
    }
}

/// A start or end tag: lower-cased name and the attributes it carries (`value`, `type`).
struct HtmlTag {
    var name: String
    var closing: Bool
    var selfClosing: Bool
    var attributes: [String: String]

    init(_ inside: String) {
        var body = Substring(inside)
        closing = body.hasPrefix("/")
        if closing { body = body.dropFirst() }
        selfClosing = body.hasSuffix("/")
        let nameEnd = body.firstIndex { $0.isWhitespace || $0 == "/" } ?? body.endIndex
        name = body[..<nameEnd].lowercased()
        attributes = [:]
        var rest = body[nameEnd...]
        while let eq = rest.firstIndex(of: "=") {
            let key = rest[..<eq].split(whereSeparator: { $0.isWhitespace || $0 == "/" }).last.map { $0.lowercased() } ?? ""
            var value = rest[rest.index(after: eq)...].drop { $0.isWhitespace }
            let v: Substring
            if let q = value.first, q == "\"" || q == "'" {
                value = value.dropFirst()
                let end = value.firstIndex(of: q) ?? value.endIndex
                v = value[..<end]
                rest = end < value.endIndex ? value[value.index(after: end)...] : value[end...]
            } else {
                let end = value.firstIndex { $0.isWhitespace } ?? value.endIndex
                v = value[..<end]
                rest = value[end...]
            }
            if !key.isEmpty, attributes[key] == nil { attributes[key] = String(v) }
        }
    }
}
