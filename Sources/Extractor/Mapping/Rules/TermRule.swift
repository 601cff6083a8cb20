import Schema

/// `term` from the duration clause: `履行期限为（三）年` → 36 months, `租赁期共【12】个月` → 12,
/// `有效期自双方签字盖章之日起至【2025年07月31日】` → the text as written (months stay null: the
/// start is not a date); automatic renewal from `自动延期一年` / `自动顺延【一】年` → 12.
enum TermRule: MappingRule {
    static let keys = ["履行期限为", "有效期为", "有效期限为", "合同期限为", "协议期限为", "服务期限为", "合作期限为",
                       "租赁期限为", "租赁期共", "合同期限共", "期限为", "有效期限：", "合同期限：", "有效期自", "有效期限自", "期限自",
                       "租期：", "租期为", "租赁期：", "租赁期限：", "租期自"]

    static func apply(to contract: inout Contract, from text: ContractText) -> [Diagnostic] {
        for (line, at) in text.lines(mentioning: keys) {
            let s = Array(line.scalars)
            guard let key = keys.first(where: { s[at...].starts(with: $0.unicodeScalars) }) else { continue }
            var i = at + key.unicodeScalars.count
            if key.hasSuffix("自") { i -= 1 }
            if DateReader.date(at: i, in: s) != nil || (i < s.count && s[i] == "自") {
                // `有效期限：2020年3月1日至2020年10月1日` / `自…起至…止`: the span as written.
                let end = s[i...].firstIndex { $0 == "止" || $0 == "。" || $0 == "；" || $0 == "，" } ?? s.count
                contract.term.text = clean(s[i..<(end < s.count && s[end] == "止" ? end + 1 : end)])
                break
            }
            if let (months, length) = duration(at: i, in: s) {
                contract.term.months = months
                contract.term.text = clean(s[i..<(i + length)])
                break
            }
        }
        for (line, at) in text.lines(mentioning: ["自动延期", "自动顺延", "自动续期", "自动续约", "自动延续"]) {
            contract.term.autoRenewal = true
            let s = Array(line.scalars)
            if let (months, _) = duration(at: at + 4, in: s) { contract.term.renewalMonths = months }
            break
        }
        return []
    }

    /// `（三）年`, `3年`, `【12】个月`, `三年` at `i`: months and the scalars taken.
    static func duration(at i: Int, in s: [Unicode.Scalar]) -> (Int, Int)? {
        guard let n = ValueReader.count(at: i, in: s[...]), n.value > 0, n.value <= 1200 else { return nil }
        let j = i + n.length
        if j < s.count, s[j] == "年" { return n.value <= 99 ? (n.value * 12, n.length + 1) : nil }  // 2020年 is a year
        if j + 1 < s.count, s[j] == "个", s[j + 1] == "月" { return (n.value, n.length + 2) }
        if j < s.count, s[j] == "月" { return (n.value, n.length + 1) }
        return nil
    }

    /// The term as written, without fill-in brackets.
    static func clean(_ s: ArraySlice<Unicode.Scalar>) -> String {
        String(scalars: s.filter { $0 != "【" && $0 != "】" }).trimmedWhitespace
    }
}
