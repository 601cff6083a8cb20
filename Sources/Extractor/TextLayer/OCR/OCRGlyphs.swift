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
/// - specks read as punctuation are dropped (`withoutSpecks`); `申方`/`Z方` are 甲方/乙方;
/// - a day's `日` read as `H`, `具`, `曰` or `目` after `月` and one or two figures is `日`;
///   `任`/`什` between a 大写 digit and a digit, 零, 万 or 元 is the `仟` it was;
///   a dash between two Han characters is `一`; a point between a figure and `元`/`万` is a speck;
/// - brackets pair up: `(1）` → `（1）`, `【…321]` → `【…321】`, a doubled `]】` keeps one,
///   `【…[2024】01865号】` → `【…[2024]01865号】`.
/// Confidence stays with each glyph (0–100).
enum OCRGlyphs {
    /// The page's glyphs, specks left out and misreadings repaired, and where each one is on the
    /// page (numbered from `firstIndex` in the document's glyph table).
    static func glyphs(from read: [OCRSymbol], firstIndex: Int, page: Int) -> (glyphs: [Glyph], places: [GlyphPlace]) {
        let symbols = withoutSpecks(read)
        let fixed = repaired(symbols.map(\.scalar))
        let glyphs = symbols.enumerated().map { k, symbol in
            let prev = k > 0 ? symbols[k - 1].scalar : nil
            return Glyph(scalar: fixed[k], rect: symbol.rect,
                         index: Int32(firstIndex + k),
                         spaceBefore: symbol.startsWord && prev.map(isASCIIWord) == true && isASCIIWord(symbol.scalar), ocr: true)
        }
        let places = symbols.map { GlyphPlace(page: Int32(page), rect: $0.rect, confidence: Float($0.confidence)) }
        return (glyphs, places)
    }

    /// Specks of a fax or a dirty scan read as punctuation, where the grammar has no room for
    /// them (PP-OCR on the 150-dpi fax copies, make bench-scans): a `.` or `·` ending a line after
    /// a Chinese character or `/` (`迎宾路27号.`, `开户行：/.`), a `.` between Chinese characters
    /// (`信.息`), a `·` after a Chinese comma or colon or before a bracket or quote
    /// (`账户、·通讯`, `【集团付费】·（`), a colon after `。` or after another colon (`合同编号：：`).
    static func withoutSpecks(_ symbols: [OCRSymbol]) -> [OCRSymbol] {
        var kept: [OCRSymbol] = []
        kept.reserveCapacity(symbols.count)
        for (k, symbol) in symbols.enumerated() {
            let prev = kept.last
            let next = k + 1 < symbols.count ? symbols[k + 1] : nil
            let endsLine = next.map { !onSameLine(symbol, $0) } ?? true
            let p = prev?.scalar, n = endsLine ? nil : next?.scalar
            let speck: Bool
            switch symbol.scalar {
            case ".":
                speck = (endsLine && (p?.isWideCJK == true || p == "/")) || (p?.isWideCJK == true && n?.isWideCJK == true)
            case "·":
                speck = (endsLine && (p?.isWideCJK == true || p == "/"))
                    || p.map { "，、：；。".unicodeScalars.contains($0) } == true
                    || n.map { "（(【“《".unicodeScalars.contains($0) } == true
            case "：", ":":
                speck = p == "。" || p == "：" || p == ":"
            default:
                speck = false
            }
            if !speck { kept.append(symbol) }
        }
        return kept
    }

    /// `b` follows `a` on the same line of text: to its right, at about its height.
    private static func onSameLine(_ a: OCRSymbol, _ b: OCRSymbol) -> Bool {
        let h = max(a.rect.height, b.rect.height, 1)
        return b.rect.x0 >= a.rect.x0 && abs(b.rect.midY - a.rect.midY) < 0.6 * h
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
        // A day's 日 after 月 and its figures, read as H, 具, 曰 or 目 (PP-OCR on a 150-dpi fax:
        // `1月2具起`, `1月5H止`); only there, where nothing else can follow the figures.
        for k in out.indices where dayLookalikes.contains(out[k]) {
            var j = k - 1
            while j >= 0, out[j].isASCIIDigit { j -= 1 }
            if (1...2).contains(k - 1 - j), j >= 0, out[j] == "月" { out[k] = "日" }
        }
        // A role word with one wrong character, where no other word fits (PP-OCR on a fax:
        // `申方应保证`, `Z方可按照`): `申方` is 甲方 unless 方 opens a word of its own (重申方案),
        // and `Z方` after no Latin letter or digit is 乙方.
        for k in out.indices.dropLast() where out[k + 1] == "方" {
            let after = k + 2 < out.count ? out[k + 2] : nil
            let before = k > 0 ? out[k - 1] : nil
            if out[k] == "申", !(after.map(wordsStartingWithFang.contains) ?? false) { out[k] = "甲" }
            if out[k] == "Z", !(before.map(isASCIIWord) ?? false) { out[k] = "乙" }
        }
        var openLenticular = false, openSquare = false
        for k in out.indices {
            switch out[k] {
            case "[": openSquare = true
            case "]" where openSquare: openSquare = false  // `[2024]` inside 【…】 stays
            case "【": openLenticular = true
            // `【…协议[2024】01865号】` (PP-OCR on the fax copy of seed-000): inside 【…】 an open
            // `[` closed by `】` while another `】` soon follows to close the 【: it is the `]`.
            case "】" where openSquare && openLenticular && Self.closesAgain(out, after: k):
                out[k] = "]"
                openSquare = false
            // `…321]】`: the bracket read twice; the stray one becomes a space and trims away.
            case "]" where k + 1 < out.count && out[k + 1] == "】": out[k] = " "
            case "]" where openLenticular: out[k] = "】"; openLenticular = false
            case "】": openLenticular = false
            default: break
            }
        }
        return out
    }

    /// Whether a `】` follows `index` within 20 characters with no bracket opened before it.
    private static func closesAgain(_ s: [Unicode.Scalar], after index: Int) -> Bool {
        for c in s[(index + 1)..<min(s.count, index + 21)] {
            if c == "】" { return true }
            if c == "【" || c == "[" { return false }
        }
        return false
    }

    static func repaired(_ c: Unicode.Scalar, prev: Unicode.Scalar?, next: Unicode.Scalar?) -> Unicode.Scalar {
        let besideCJK = prev?.isWideCJK == true || next?.isWideCJK == true
        switch c {
        case "〈": return "（"
        case "〉": return "）"
        case "一" where prev?.isASCIIDigit == true && next?.isASCIIDigit == true: return "-"
        case "#" where next?.isASCIIDigit == true: return "￥"
        // A dash between two Han characters is the 一 it was (fax: `支付-次`, `第-次`).
        case "-" where prev?.isHan == true && next?.isHan == true: return "一"
        // A point after a figure with no figure after it, before 元 or 万, is a speck (`1000.元`):
        // a space, which the normalized text closes up.
        case "." where prev?.isASCIIDigit == true && (next == "元" || next == "万"): return " "
        // A zero inside a lowercase word is the letter o (PP-OCR: `18843200630@139.c0m`).
        case "0" where prev.map(isLowercaseASCII) == true && next.map(isLowercaseASCII) == true: return "o"
        // 仟 read as 任 or 什 inside a 大写 numeral (PP-OCR on gd-skills-event-scan:
        // `壹万捌任壹佰元整`): after a digit 壹–玖 and before a digit, 零, 万 or 元 only the unit fits.
        case _ where (c == "任" || c == "什") && prev.map(upperDigits.contains) == true
            && next.map(afterThousands.contains) == true: return "仟"
        case ":" where besideCJK: return "："
        case ";" where besideCJK: return "；"
        case "," where besideCJK && !(prev?.isASCIIDigit == true && next?.isASCIIDigit == true): return "，"
        case "(" where besideCJK: return "（"
        case ")" where besideCJK: return "）"
        default: return c
        }
    }

    /// What follows 方 in the words that start with it (方案, 方法 …): `申方案` is 重申 + 方案.
    static let wordsStartingWithFang: Set<Unicode.Scalar> = ["案", "法", "式", "面", "向", "针", "位", "便", "形", "言"]

    /// The 大写 digits 壹–玖, and what may follow a 仟 in a 大写 numeral.
    static let upperDigits: Set<Unicode.Scalar> = ["壹", "贰", "貳", "叁", "參", "肆", "伍", "陆", "陸", "柒", "捌", "玖"]
    static let afterThousands: Set<Unicode.Scalar> = upperDigits.union(["零", "万", "萬", "元", "圆"])

    /// What a fax or a blurred photo makes of 日.
    static let dayLookalikes: Set<Unicode.Scalar> = ["H", "具", "曰", "目"]

    private static func isASCIIWord(_ c: Unicode.Scalar) -> Bool { c.isASCIIDigit || c.isASCIILetter }
    private static func isLowercaseASCII(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) }
}
