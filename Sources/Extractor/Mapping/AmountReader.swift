/// Reads money as contracts write it, exactly (integer cents, never floating point):
/// figures — `¥482190`, `￥：482190 元`, `48.219万元`, `1,234.56元`, `人民币5000元` — and 大写 —
/// `肆拾捌万贰仟壹佰玖拾元整`, `壹佰元伍角`, `人民币叁万元整`. A 大写 form counts only when all of it
/// parses (ICU's spell-out parser accepts prefixes; this does not).
enum AmountReader {
    struct Found: Equatable {
        var cents: Int64
        var range: Range<Int>
        var uppercase: Bool
    }

    static let upperDigits: ScalarSet = ["零", "壹", "贰", "貳", "叁", "參", "肆", "伍", "陆", "陸", "柒", "捌", "玖", "拾", "佰", "仟", "万", "萬", "亿", "億"]

    /// Every amount in `s`, left to right.
    static func amounts(in s: [Unicode.Scalar]) -> [Found] {
        // Only a 大写 digit, a currency sign, a digit or the letter O starts an amount: the
        // readers are asked only there (every scalar of the body comes by here).
        matches(in: s.count) { i in
            let c = s[i]
            guard upperDigits.contains(c) || c.isASCIIDigit || c == "¥" || c == "￥" || c == "O" || c == "o" else { return nil }
            return (uppercase(at: i, in: s) ?? figures(at: i, in: s)).map { ($0, $0.range) }
        }
    }

    /// `¥ 1,234.56`, `48.219万元`, `5000元`: a currency sign before, or 元 after.
    static func figures(at i: Int, in s: [Unicode.Scalar]) -> Found? {
        var j = i
        var marked = false
        if j < s.count, s[j] == "¥" || s[j] == "￥" {
            marked = true
            j += 1
            while j < s.count, s[j] == "：" || s[j] == ":" || s[j] == " " { j += 1 }  // `¥：482190`
        }
        // `O.29元/M` (PP-OCR on the office copy of seed-001): a letter O before a point and
        // digits, standing alone, is the 0 of an amount: only with ¥ before or 元 after (below).
        let letterO = j + 2 < s.count && (s[j] == "O" || s[j] == "o") && s[j + 1] == "." && s[j + 2].isASCIIDigit
            && (j == 0 || !(s[j - 1].isASCIILetter || s[j - 1].isASCIIDigit))
        guard j < s.count, s[j].isASCIIDigit || letterO, i == 0 || !s[i - 1].isASCIIDigit && s[i - 1] != "." else { return nil }
        var whole: Int64 = 0, fraction: Int64 = 0, fractionDigits = 0, inFraction = false
        if letterO { j += 1 }
        while j < s.count {
            let c = s[j]
            if c.isASCIIDigit {
                if inFraction { fraction = fraction * 10 + Int64(c.value - 0x30); fractionDigits += 1 }
                else { whole = whole * 10 + Int64(c.value - 0x30) }
                guard whole < 1_000_000_000_000, fractionDigits <= 6 else { return nil }
            } else if c == ",", !inFraction, j + 3 < s.count, s[(j + 1)...(j + 3)].allSatisfy(\.isASCIIDigit) {
                // thousands separator
            } else if c == ".", !inFraction, j + 1 < s.count, s[j + 1].isASCIIDigit {
                inFraction = true
            } else {
                break
            }
            j += 1
        }
        var k = j
        while k < s.count, s[k] == " " { k += 1 }
        var scale: Int64 = 1
        if k < s.count, s[k] == "万" { scale = 10_000; k += 1 }
        let hasYuan = k < s.count && (s[k] == "元" || s[k] == "圆")
        guard marked || hasYuan else { return nil }
        let end = hasYuan ? k + 1 : (scale > 1 ? k : j)
        // Exact cents: whole and fraction scaled, fraction digits beyond cents must be zero.
        var micro = whole * 1_000_000 + fraction * pow10(6 - fractionDigits)
        micro *= scale
        guard micro % 10_000 == 0 else { return nil }
        return Found(cents: micro / 10_000, range: i..<end, uppercase: false)
    }

    /// `肆拾捌万贰仟壹佰玖拾元整`, `壹佰元伍角`, `叁万元`.
    /// A 大写 run right after a few Han characters that hold another 大写 digit is the tail of a
    /// garbled numeral (OCR's `肆拾制万贰什喜佰玖拾元整` must not read as 190): no amount. The look
    /// back stops at anything but a Han character, and at 元/整/角/分 (an amount that ended).
    static func followsGarbledNumeral(_ i: Int, in s: [Unicode.Scalar]) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 3, s[k].properties.isIdeographic, !["元", "整", "角", "分", "圆"].contains(s[k]) {
            if upperDigits.contains(s[k]) { return true }
            k -= 1
        }
        return false
    }

    static func uppercase(at i: Int, in s: [Unicode.Scalar]) -> Found? {
        guard i < s.count, upperDigits.contains(s[i]), i == 0 || !upperDigits.contains(s[i - 1]) else { return nil }
        if followsGarbledNumeral(i, in: s) { return nil }
        var j = i
        while j < s.count, upperDigits.contains(s[j]) { j += 1 }
        // Our numeral reader first; ICU's spell-out parser (whole string only) for what it misses.
        let digits = Array(s[i..<j])
        while j < s.count, s[j] == " " { j += 1 }  // `壹仟叁佰伍拾 元整`: a blank filled in before 元
        guard j < s.count, s[j] == "元" || s[j] == "圆",
              let yuan = ChineseNumeral.value(digits) ?? ICU.parseSpellout(String(scalars: digits)).map({ Int($0) })
        else { return nil }
        var cents = Int64(yuan) * 100
        var k = j + 1
        if k + 1 < s.count, let d = ChineseNumeral.digits[s[k]], s[k + 1] == "角" { cents += Int64(d) * 10; k += 2 }
        if k + 1 < s.count, s[k] == "零", let d = ChineseNumeral.digits[s[k + 1]], k + 2 < s.count, s[k + 2] == "分" { cents += Int64(d); k += 3 }
        else if k + 1 < s.count, let d = ChineseNumeral.digits[s[k]], s[k + 1] == "分" { cents += Int64(d); k += 2 }
        if k < s.count, s[k] == "整" || s[k] == "正" { k += 1 }
        // The unit written twice, a figure's 元 then the template's 圆整 (`伍万捌仟元圆整`,
        // zhaoxin-license): the numeral ends at 整.
        else if k + 1 < s.count, s[k] == "圆" || s[k] == "元", s[k + 1] == "整" || s[k + 1] == "正" { k += 2 }
        return Found(cents: cents, range: i..<k, uppercase: true)
    }

    /// `482190.00`
    static func decimal(_ cents: Int64) -> String {
        let sign = cents < 0 ? "-" : ""
        let a = abs(cents)
        let c = a % 100
        return "\(sign)\(a / 100).\(c < 10 ? "0" : "")\(c)"
    }

    private static func pow10(_ n: Int) -> Int64 { (0..<max(0, n)).reduce(1) { r, _ in r * 10 } }
}
