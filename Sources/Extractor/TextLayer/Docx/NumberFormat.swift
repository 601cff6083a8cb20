/// Renders one list counter the way Word shows it for a `w:numFmt`: `decimal` 3, `decimalZero`
/// 03, `decimalFullWidth` ３, `chineseCounting` 十二, `chineseCountingThousand` 一百零一,
/// `chineseLegalSimplified` 壹拾贰, `ideographTraditional` 丙, `ideographZodiac` 寅, letters
/// (27 → AA), roman numerals, circled numbers; `none` is empty; unknown formats fall back to decimal.
enum NumberFormat {
    static func render(_ value: Int, format: String) -> String {
        let n = max(value, 0)
        switch format {
        case "none", "bullet": return ""
        case "decimalZero": return n < 10 ? "0\(n)" : "\(n)"
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String.UnicodeScalarView("\(n)".unicodeScalars.map { Unicode.Scalar($0.value - 0x30 + 0xFF10)! }))
        case "decimalHalfWidth": return "\(n)"
        case "upperLetter": return letters(n, base: 0x41)
        case "lowerLetter": return letters(n, base: 0x61)
        case "upperRoman": return roman(n)
        case "lowerRoman": return roman(n).lowercased()
        case "chineseCounting": return chineseCounting(n)
        case "chineseCountingThousand", "japaneseCounting", "taiwaneseCountingThousand", "koreanCounting":
            return chineseThousand(n, digits: simplifiedDigits, units: ["", "十", "百", "千"])
        case "chineseLegalSimplified":
            return chineseThousand(n, digits: legalDigits, units: ["", "拾", "佰", "仟"], shortTen: false)
        case "ideographTraditional": return n >= 1 ? String(heavenlyStems[(n - 1) % 10]) : "\(n)"
        case "ideographZodiac": return n >= 1 ? String(earthlyBranches[(n - 1) % 12]) : "\(n)"
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return (1...20).contains(n) ? String(Unicode.Scalar(0x2460 + n - 1)!) : "\(n)"
        case "decimalEnclosedParen": return (1...20).contains(n) ? String(Unicode.Scalar(0x2474 + n - 1)!) : "(\(n))"
        case "decimalEnclosedFullstop": return (1...20).contains(n) ? String(Unicode.Scalar(0x2488 + n - 1)!) : "\(n)."
        case "ideographDigital": return String(String("\(n)").map { simplifiedDigitsWithZero[Int(String($0))!] })
        default: return "\(n)"
        }
    }

    private static let simplifiedDigits = Array("零一二三四五六七八九")
    private static let simplifiedDigitsWithZero = Array("〇一二三四五六七八九")
    private static let legalDigits = Array("零壹贰叁肆伍陆柒捌玖")
    private static let heavenlyStems = Array("甲乙丙丁戊己庚辛壬癸")
    private static let earthlyBranches = Array("子丑寅卯辰巳午未申酉戌亥")

    /// A, B … Z, AA, BB … (Word repeats the letter, it does not count in base 26).
    private static func letters(_ n: Int, base: UInt32) -> String {
        guard n >= 1 else { return "" }
        let letter = Character(Unicode.Scalar(base + UInt32((n - 1) % 26))!)
        return String(repeating: letter, count: (n - 1) / 26 + 1)
    }

    private static func roman(_ n: Int) -> String {
        guard n >= 1, n < 4000 else { return "\(n)" }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = n, out = ""
        for (value, glyphs) in table {
            while rest >= value {
                out += glyphs
                rest -= value
            }
        }
        return out
    }

    /// Word's chineseCounting: 一 … 十, 十一 … 九十九; from 100 on digit by digit (一〇〇).
    private static func chineseCounting(_ n: Int) -> String {
        if n >= 100 { return String(String(n).map { simplifiedDigitsWithZero[Int(String($0))!] }) }
        return chineseThousand(n, digits: simplifiedDigits, units: ["", "十", "百", "千"])
    }

    /// 一 … 十, 十一, 二十, 一百, 一百零一, 一百一十, 一千零五; up to 9999, beyond that in digits.
    private static func chineseThousand(_ n: Int, digits: [Character], units: [String], shortTen: Bool = true) -> String {
        guard n > 0 else { return String(digits[0]) }
        guard n < 10_000 else { return "\(n)" }
        let parts = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10]
        var out = ""
        var pendingZero = false
        for (i, d) in parts.enumerated() {
            let unit = units[3 - i]
            if d == 0 {
                if !out.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero { out.append(digits[0]); pendingZero = false }
            if i == 2, d == 1, out.isEmpty, shortTen { out += unit } else { out += String(digits[d]) + unit }
        }
        return out
    }
}
