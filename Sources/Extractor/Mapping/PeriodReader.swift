import Schema

/// The one reader of a clause's period (warranty, delivery, confidentiality): after the key
/// (`质保期为验收合格之日起12个月` → `验收合格之日起12个月`, 12 months), the words from the value's
/// start to the end of the first duration in the sentence; `永久` / `长期` / `无限期` as words
/// only. A form blank where the duration goes (`质保期为____个月`) is reported, not read.
enum PeriodReader {
    enum Reading {
        case period(Period)
        case blank(Range<Int>)
    }

    /// What follows a key word that introduces the value.
    private static let leads = ["期限为", "期限是", "期为", "为", "是", "：", ":", "在", "于", "自", "从"]
    static let openEnded = ["永久", "长期", "无限期", "持续有效"]

    /// The period after the key at `at` (its word `key`) in `sentence`.
    static func read(_ sentence: ClauseSentence, key: String, at: Int, text: ContractText) -> Reading? {
        let s = sentence.scalars
        var start = at + key.unicodeScalars.count
        var moved = true
        while moved {
            moved = false
            while start < s.count, s[start] == " " { start += 1 }
            for lead in leads where s[start...].starts(with: lead.unicodeScalars) { start += lead.unicodeScalars.count; moved = true; break }
        }
        // `质保期内无偿维修`, `质保期满`: during or after the period, not a statement of it.
        if start < s.count, ["内", "满", "届", "间", "结"].contains(s[start]) { return nil }
        // The period stands in the key's own clause.
        var stop = start
        while stop < min(s.count, start + 40), !["，", "；", ","].contains(s[stop]) { stop += 1 }
        let window = start..<stop
        if let p = DurationReader.firstPeriod(in: s, window) {
            var end = p.at + p.length
            if end < s.count, s[end] == "内" { end += 1 }
            let r = start..<end
            return .period(Period(text: sentence.words(r), months: p.months, days: p.days, location: text.location(sentence.span(r))))
        }
        if let word = openEnded.first(where: { s[window].range(of: $0) != nil }), let r = s[window].range(of: word) {
            return .period(Period(text: word, location: text.location(sentence.span(r))))
        }
        // `乙方对此在合同期内及离职后两年内负有保密义务`: the period before the key, in its clause.
        var clause = at
        while clause > 0, !["，", "；", ","].contains(s[clause - 1]) { clause -= 1 }
        if let p = DurationReader.firstPeriod(in: s, clause..<at) {
            var from = clause
            while from < p.at, s[from] != "在", s[from] != "于" { from += 1 }
            from = from < p.at ? from + 1 : clause
            var end = p.at + p.length
            if end < s.count, s[end] == "内" { end += 1 }
            let r = from..<end
            return .period(Period(text: sentence.words(r), months: p.months, days: p.days, location: text.location(sentence.span(r))))
        }
        if let r = survival(s) { return .period(Period(text: sentence.words(r), location: text.location(sentence.span(r)))) }
        let head = start..<min(s.count, start + 16)
        if ClauseReading.holdsBlank(s, head) { return .blank(sentence.span(head)) }
        return nil
    }

    /// A duty that outlives the contract, with no count: `不因本合同终止而免除`,
    /// `在本合同终止或解除之后仍需履行`, `直至相关信息经合法渠道成为公开信息`.
    static func survival(_ s: [Unicode.Scalar]) -> Range<Int>? {
        if let a = s.range(of: "不因"), let b = s[a.upperBound...].range(of: "而"), b.lowerBound - a.upperBound <= 12 {
            for verb in ["免除", "失效", "终止", "解除"] where s[b.upperBound...].starts(with: verb.unicodeScalars) {
                return a.lowerBound..<(b.upperBound + verb.unicodeScalars.count)
            }
        }
        for tail in ["仍需履行", "仍应履行", "仍然有效", "仍有效", "继续有效"] {
            if let t = s.range(of: tail) {
                var start = t.lowerBound
                while start > 0, t.lowerBound - start < 20, !["，", "：", ","].contains(s[start - 1]) { start -= 1 }
                return start..<t.upperBound
            }
        }
        if let a = ["直至", "直到", "到该", "至该"].lazy.compactMap({ s.range(of: $0) }).first, s[a.upperBound...].range(of: "公开") != nil {
            var end = s.count
            while end > a.upperBound, ["。", "；"].contains(s[end - 1]) { end -= 1 }
            return a.lowerBound..<end
        }
        return nil
    }

    /// The period of `kind`'s first sentence that states one, or a `blank` diagnostic (with
    /// `message`) when the form leaves it blank.
    static func period(_ kind: String, in analysis: AgreementAnalysis, blank code: String, _ message: String) -> (Period?, [Diagnostic]) {
        switch first(kind, in: analysis)?.0 {
        case .period(let p): return (p, [])
        case .blank(let r):
            return (nil, [Diagnostic(severity: .warning, code: code, message: message, location: analysis.text.location(r))])
        case nil: return (nil, [])
        }
    }

    /// The first sentence with one of `kind`'s keys that states a period (or leaves it blank).
    static func first(_ kind: String, in analysis: AgreementAnalysis) -> (Reading, ClauseSentence)? {
        for (sentence, word, at) in analysis.sentences(with: kind) {
            if let reading = read(sentence, key: word, at: at, text: analysis.text) { return (reading, sentence) }
        }
        return nil
    }
}
