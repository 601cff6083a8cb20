/// Values of Chinese numerals as contracts write them: 一 … 九十九, 一百零一, 两千, 〇/零, 十一,
/// the financial forms 壹贰叁肆伍陆柒捌玖拾佰仟, and digit-by-digit forms (二〇二四 → 2024).
/// Parses only whole strings; anything it cannot read completely is nil (never a partial value).
enum ChineseNumeral {
    static let digits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
        "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6,
        "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
    ]
    static let units: [Unicode.Scalar: Int] = [
        "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000,
    ]
    static let bigUnits: [Unicode.Scalar: Int] = ["万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000]

    /// `n` written the way contracts number things: 四, 十二, 二十一, 一百零一.
    static func format(_ n: Int) -> String {
        let names = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard n > 0, n < 10_000 else { return String(n) }
        var out = ""
        let units = [(1000, "千"), (100, "百"), (10, "十")]
        var rest = n, zero = false
        for (value, name) in units {
            let d = rest / value
            rest %= value
            if d > 0 {
                if zero { out += "零" }
                out += (d == 1 && value == 10 && out.isEmpty ? "" : names[d]) + name
                zero = false
            } else if !out.isEmpty {
                zero = true
            }
        }
        if rest > 0 { out += (zero ? "零" : "") + names[rest] }
        return out
    }

    static func isNumeral(_ s: Unicode.Scalar) -> Bool {
        numerals.contains(s)
    }

    /// Every scalar of the three tables, for `isNumeral`: asked of nearly every scalar of a
    /// contract, where three hashed lookups showed in the profile.
    private static let numerals = ScalarSet(Array(digits.keys) + Array(units.keys) + Array(bigUnits.keys))

    static func value(_ text: Substring.UnicodeScalarView) -> Int? {
        value(Array(text))
    }

    static func value(_ scalars: [Unicode.Scalar]) -> Int? {
        guard !scalars.isEmpty else { return nil }
        // Digit by digit (二〇二四, 一九九五): no units at all and more than one digit.
        if scalars.count > 1, scalars.allSatisfy({ digits[$0] != nil }) {
            return scalars.reduce(0) { $0 * 10 + digits[$1]! }
        }
        var total = 0, section = 0, pending: Int? = nil
        for s in scalars {
            if let d = digits[s] {
                if pending != nil, d != 0 { return nil }  // 二三 without a unit between
                pending = d == 0 ? nil : d
            } else if let u = units[s] {
                let n = pending ?? (section == 0 && total == 0 ? 1 : (u == 10 ? 1 : 0))  // 十一 = 11
                guard n > 0 else { return nil }
                section += n * u
                pending = nil
            } else if let big = bigUnits[s] {
                section += pending ?? 0
                guard section > 0 else { return nil }
                total += section * big
                section = 0
                pending = nil
            } else {
                return nil
            }
        }
        return total + section + (pending ?? 0)
    }
}
