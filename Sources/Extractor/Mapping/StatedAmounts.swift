import Schema

/// The amounts one line states, as the record lists them: a 大写 form and the figures beside it
/// (`肆拾捌万贰仟壹佰玖拾元整(¥：482190 元)`, `482190元（大写：…）`) are one amount whose `consistent`
/// says whether they agree. The one place amounts are paired; `AmountsRule` and the payment
/// schedule both read it.
enum StatedAmounts {
    struct Stated {
        var amount: Amount
        /// The reading(s) it was made of, in the line's scalars (the first one's start).
        var range: Range<Int>
        /// The 大写 reading and the figures', when both were stated.
        var pair: (upper: AmountReader.Found, figure: AmountReader.Found)?
    }

    /// The amounts of `s`; `locate` turns a range of `s` into its location.
    static func read(_ s: [Unicode.Scalar], locate: (Range<Int>) -> Location) -> [Stated] {
        read(s, found: AmountReader.amounts(in: s), locate: locate)
    }

    /// The same, given the readings `AmountReader.amounts(in: s)` returned (a caller that needs
    /// them too reads the line once).
    static func read(_ s: [Unicode.Scalar], found: [AmountReader.Found], locate: (Range<Int>) -> Location) -> [Stated] {
        var out: [Stated] = []
        var k = 0
        while k < found.count {
            let a = found[k]
            if k + 1 < found.count, found[k + 1].uppercase != a.uppercase, adjacent(a, found[k + 1], in: s) {
                let b = found[k + 1]
                let (upper, figure) = a.uppercase ? (a, b) : (b, a)
                var amount = make(figure, s, locate)
                amount.uppercase = String(scalars: s[upper.range])
                amount.text = String(scalars: s[min(a.range.lowerBound, b.range.lowerBound)..<max(a.range.upperBound, b.range.upperBound)])
                amount.location = locate(a.range.lowerBound..<b.range.upperBound)
                amount.consistent = upper.cents == figure.cents
                out.append(Stated(amount: amount, range: a.range.lowerBound..<b.range.upperBound, pair: (upper, figure)))
                k += 2
            } else {
                out.append(Stated(amount: make(a, s, locate), range: a.range, pair: nil))
                k += 1
            }
        }
        return out
    }

    /// A 大写 form and figures state one amount when they stand close: within 8 scalars
    /// (`肆拾捌万贰仟壹佰玖拾元整(¥：482190 元)`), or 16 with 大写 between them
    /// (`￥8100元（人民币)，大写 捌仟壹佰元整`).
    private static func adjacent(_ a: AmountReader.Found, _ b: AmountReader.Found, in s: [Unicode.Scalar]) -> Bool {
        let gap = b.range.lowerBound - a.range.upperBound
        return gap <= 8 || (gap <= 16 && s[a.range.upperBound..<b.range.lowerBound].range(of: "大写") != nil)
    }

    private static func make(_ a: AmountReader.Found, _ s: [Unicode.Scalar], _ locate: (Range<Int>) -> Location) -> Amount {
        Amount(value: AmountReader.decimal(a.cents), text: String(scalars: s[a.range]), uppercase: a.uppercase ? String(scalars: s[a.range]) : nil,
               consistent: nil, location: locate(a.range))
    }
}
