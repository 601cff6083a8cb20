/// Turns Tesseract's symbols into glyphs the line builder reads like a native text layer, and
/// repairs what chi_sim commonly gets wrong in the characters that matter:
/// - spaces: Tesseract splits CJK into arbitrary words; a space is kept only between two ASCII
///   letters or digits (English words, `Global Creditech`), so `2 0 2 4`, `协议 [2024]` and
///   `地址 :` close up;
/// - punctuation beside Chinese is full-width, as the documents print it: `:` `;` `,` `(` `)`
///   next to a CJK character become `：` `；` `，` `（` `）`; `〈` `〉` (a misread `（`) become `（` `）`;
/// - in figures: `一` between two digits is the dash it was (`0592一7616162`), `#` before a
///   digit is the `￥` it was; in words: `0` between two lowercase letters is the `o` it was
///   (`@139.c0m`);
/// - brackets pair up: `(1）` → `（1）`, `【…321]` → `【…321】`, a doubled `]】` keeps one.
/// Confidence stays with each glyph (0–100).
enum OCRGlyphs {
    static func glyphs(from symbols: [OCRSymbol], firstIndex: Int) -> [Glyph] {
        let fixed = repaired(symbols.map(\.scalar))
        return symbols.enumerated().map { k, symbol in
            let prev = k > 0 ? symbols[k - 1].scalar : nil
            return Glyph(scalar: fixed[k], rect: symbol.rect,
                         index: Int32(firstIndex + k),
                         spaceBefore: symbol.startsWord && prev.map(isASCIIWord) == true && isASCIIWord(symbol.scalar), ocr: true)
        }
    }

    /// The sequence repaired scalar by scalar (one in, one out, so boxes stay with their
    /// characters), then brackets made to match: `(1）` → `（1）`, `【0802…321]` → `【0802…321】`.
    static func repaired(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = s.indices.map { k in repaired(s[k], prev: k > 0 ? s[k - 1] : nil, next: k + 1 < s.count ? s[k + 1] : nil) }
        // A pair whose one half is full-width is full-width (`(1）` → `（1）`).
        for k in out.indices where out[k] == "(" || out[k] == "（" {
            guard let close = out[(k + 1)..<min(out.count, k + 20)].firstIndex(where: { $0 == ")" || $0 == "）" }) else { continue }
            if out[k] == "（" || out[close] == "）" { out[k] = "（"; out[close] = "）" }
        }
        var openLenticular = false, openSquare = false
        for k in out.indices {
            switch out[k] {
            case "[": openSquare = true
            case "]" where openSquare: openSquare = false  // `[2024]` inside 【…】 stays
            case "【": openLenticular = true
            // `…321]】`: the bracket read twice; the stray one becomes a space and trims away.
            case "]" where k + 1 < out.count && out[k + 1] == "】": out[k] = " "
            case "]" where openLenticular: out[k] = "】"; openLenticular = false
            case "】": openLenticular = false
            default: break
            }
        }
        return out
    }

    static func repaired(_ c: Unicode.Scalar, prev: Unicode.Scalar?, next: Unicode.Scalar?) -> Unicode.Scalar {
        let besideCJK = prev?.isWideCJK == true || next?.isWideCJK == true
        switch c {
        case "〈": return "（"
        case "〉": return "）"
        case "一" where prev?.isASCIIDigit == true && next?.isASCIIDigit == true: return "-"
        case "#" where next?.isASCIIDigit == true: return "￥"
        // A zero inside a lowercase word is the letter o (PP-OCR: `18843200630@139.c0m`).
        case "0" where prev.map(isLowercaseASCII) == true && next.map(isLowercaseASCII) == true: return "o"
        case ":" where besideCJK: return "："
        case ";" where besideCJK: return "；"
        case "," where besideCJK && !(prev?.isASCIIDigit == true && next?.isASCIIDigit == true): return "，"
        case "(" where besideCJK: return "（"
        case ")" where besideCJK: return "）"
        default: return c
        }
    }

    private static func isASCIIWord(_ c: Unicode.Scalar) -> Bool { c.isASCIIDigit || c.isASCIILetter }
    private static func isLowercaseASCII(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) }
}
