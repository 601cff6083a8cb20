import Schema

/// `amounts` and `totalAmount`. Every money amount in the body; a 大写 form and the figures
/// beside it (`肆拾捌万贰仟壹佰玖拾元整(¥：482190 元)`, `482190元（大写：…）`) are one amount with
/// `consistent` telling whether they agree. The total is the amount on a 总金额 / 总价 / 合计 line,
/// preferring one stated in both forms. Diagnostics: `amount-mismatch` when 大写 and figures
/// disagree (`肆仟伍佰元整（￥1500 元）`), or when a stated product does not hold (`每年付款16.073万元`
/// three times is not `合计48.219万元`).
enum AmountsRule: MappingRule {
    static let totalWords = ["总金额", "总价", "合计", "总额", "总计", "价税合计", "合同价款", "合同金额", "总费用"]

    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        let text = analysis.text
        var diagnostics: [Diagnostic] = []
        var totals: [(Amount, Bool, Int)] = []
        let location = text.location  // captured alone: a closure capturing `text` copied all of it per line
        for line in text.lines {
            let s = Array(line.scalars)
            let found = AmountReader.amounts(in: s)
            for stated in StatedAmounts.read(s, found: found, locate: { location((line.range.lowerBound + $0.lowerBound)..<(line.range.lowerBound + $0.upperBound)) }) {
                let amount = stated.amount
                if let (upper, figure) = stated.pair, upper.cents != figure.cents {
                    diagnostics.append(Diagnostic(severity: .warning, code: "amount-mismatch",
                        message: "大写 \(String(scalars: s[upper.range])) is \(AmountReader.decimal(upper.cents)), the figures say \(AmountReader.decimal(figure.cents))"
                            + (text.ocrConfidence(line.range.lowerBound + stated.range.lowerBound..<line.range.lowerBound + stated.range.upperBound) != nil
                               ? " (read by OCR: check the scan, one of them may be misread)." : "."),
                        location: amount.location))
                }
                contract.amounts.append(amount)
                // On a 总价 line, the total is what follows the word (`每张卡30元/月，84张卡三年总价为90720元`).
                if let word = totalWords.compactMap({ s.range(of: $0)?.lowerBound }).min(),
                   stated.range.lowerBound > word, !totals.contains(where: { $0.2 == line.index }) {
                    totals.append((amount, amount.uppercase != nil, line.index))
                }
            }
            diagnostics += checkYearlyProduct(line, s, found, text)
            diagnostics += checkMonthlyProduct(line, s, found, text)
        }
        contract.totalAmount = totals.first(where: { $0.1 })?.0 ?? totals.first?.0
        return diagnostics
    }

    /// `三年合计：48.219 万元，每年付款 16.073 万元`: the yearly sum times the years is the total.
    private static func checkYearlyProduct(_ line: ParsedLine, _ s: [Unicode.Scalar], _ found: [AmountReader.Found],
                                           _ text: ContractText) -> [Diagnostic] {
        guard let perYear = line.scalars.range(of: "每年"),
              let totalAt = line.scalars.range(of: "年合计"),
              let years = ValueReader.count(at: totalAt.lowerBound - line.scalars.startIndex - 1, in: line.scalars),
              years.length == 1 else { return [] }
        let offset = perYear.lowerBound - line.scalars.startIndex
        guard let yearly = found.first(where: { $0.range.lowerBound > offset }),
              let total = found.first(where: { $0.range.lowerBound < offset }) else { return [] }
        guard yearly.cents * Int64(years.value) != total.cents else { return [] }
        return [Diagnostic(severity: .warning, code: "amount-mismatch",
                           message: "\(years.value) × \(AmountReader.decimal(yearly.cents)) is not the stated total \(AmountReader.decimal(total.cents)).",
                           location: text.location(line.range))]
    }

    /// `每张卡30元/月，84张卡三年总价为90720元`: price per month × cards × months is the total.
    private static func checkMonthlyProduct(_ line: ParsedLine, _ s: [Unicode.Scalar], _ found: [AmountReader.Found],
                                            _ text: ContractText) -> [Diagnostic] {
        guard let unit = found.first(where: { $0.range.upperBound + 1 < s.count && s[$0.range.upperBound] == "/" && s[$0.range.upperBound + 1] == "月" }),
              let totalWord = s.range(of: "总价"),
              let total = found.first(where: { $0.range.lowerBound > totalWord.lowerBound }),
              let cardsEnd = s[unit.range.upperBound...].firstIndex(of: "张") else { return [] }  // not 每张卡
        var start = cardsEnd
        while start > 0, s[start - 1].isASCIIDigit { start -= 1 }
        guard start < cardsEnd, let cards = Int64(String(scalars: s[start..<cardsEnd])) else { return [] }
        let months = (cardsEnd + 1..<totalWord.lowerBound).lazy.compactMap { DurationReader.months(at: $0, in: s)?.0 }.first
        guard let months else { return [] }
        guard unit.cents * cards * Int64(months) != total.cents else { return [] }
        return [Diagnostic(severity: .warning, code: "amount-mismatch",
                           message: "\(AmountReader.decimal(unit.cents)) a month × \(cards) × \(months) months is not the stated \(AmountReader.decimal(total.cents)).",
                           location: text.location(line.range))]
    }

}
