import Schema

/// The one reader of a right to terminate or renew: a sentence with an action word (the lexicon's
/// `terminate` or `renew` words) and, before it in the sentence, a modal that grants the right
/// (`有权`, `可以`, `应` … the `grant` words) or denies it (`不得`, `无权`, `不再`, `不自动` … the
/// `deny` words, which win when one stands in the action's own clause). The party is the sentence's subject before the
/// modal (`甲方`, `任何一方`, `双方`). A sentence without a modal only describes (`合同解除后…`) and
/// is not read.
enum ConditionReader {
    static func conditions(_ kind: String, in analysis: AgreementAnalysis) -> [Condition] {
        let grants = Lexicon.shared.words("grant"), denials = Lexicon.shared.words("deny")
        var out: [Condition] = []
        for (sentence, word, at) in analysis.sentences(with: kind) {
            let s = sentence.scalars
            let action = (word: word, at: at)
            // The clause the action sits in: from the last comma before it. A denial must stand
            // there (`任何一方不得提前终止本协议`); a grant may stand earlier in the sentence
            // (`双方可以通过友好协商，对本协议相应条款进行变更或者解除本协议`).
            var clause = action.at
            while clause > 0, !["，", ",", "："].contains(s[clause - 1]) { clause -= 1 }
            // `不可抗力` is no denial.
            let head = Array(String(scalars: s[clause..<action.at]).replacingAll("不可抗力", with: "").unicodeScalars)
            let denied = denials.contains { head.range(of: $0) != nil }
            // `不自动续期`: the denial sits inside the action's own words too.
            let deniedInside = s[max(0, action.at - 3)..<action.at].contains("不")
            // Modals anywhere before the action (`不可抗力` masked); a one-character grant (`可`,
            // common inside other words: 许可, 认可) only in the action's own clause.
            let prefix = Array(String(scalars: s[0..<action.at]).replacingAll("不可抗力", with: "＿＿＿＿").unicodeScalars)
            // A grant in the action's own clause, or else a longer one in the clause before it.
            var previous = max(0, clause - 1)
            while previous > 0, !["，", ",", "："].contains(s[previous - 1]) { previous -= 1 }
            let grant = grants.compactMap { w -> Int? in
                guard let r = lastRange(of: w, in: prefix) else { return nil }
                return r.lowerBound >= clause || (w.unicodeScalars.count > 1 && r.lowerBound >= previous) ? r.lowerBound : nil
            }.max()
            let denial = denials.compactMap { w in lastRange(of: w, in: head).map { clause + $0.lowerBound } }.max()
            let selfGranting = grants.contains(where: action.word.includes)
            let modal = denial ?? (selfGranting ? action.at : grant)
            // `本协议自动延期一年`: renewing by itself grants itself; `甲方可以解除合同`: the action's
            // own words hold the grant.
            let automatic = action.word.hasPrefix("自动")
            let granted = grant != nil || automatic || selfGranting || prefix.range(of: "如需") != nil
            // `甲方如需提前解除合同，须征得乙方同意`: only with the other side's consent.
            let rest = String(scalars: s[action.at...])
            let needsConsent = rest.includes("同意") && ["征得", "经对方", "经甲方", "经乙方"].contains(where: rest.includes)
            guard denied || deniedInside || granted || needsConsent else { continue }
            // `终止本协议中所提供的服务`: ending a service under the contract, not the contract.
            let after = action.at + action.word.unicodeScalars.count
            if after < s.count, s[after] == "中" || s[after...].starts(with: "项下".unicodeScalars) { continue }
            // The party: the subject before the modal (`乙方可以随时通知甲方解除本合同` → 乙方).
            // `是否续租由甲乙双方协商`: whether is for the party after 由 to decide.
            let decider = head.range(of: "是否") != nil ? deciding(s, after: action.at) : nil
            let party = automatic ? nil : decider ?? ClauseReading.subject(in: s, before: modal ?? action.at)
            out.append(Condition(party: party, permitted: !(denied || deniedInside || needsConsent), text: sentence.words(0..<s.count),
                                 location: analysis.text.location(sentence.range)))
        }
        return out
    }

    /// `…由甲乙双方协商`: the party after 由.
    private static func deciding(_ s: [Unicode.Scalar], after i: Int) -> String? {
        guard let by = s[i...].range(of: "由") else { return nil }
        let rest = Array(s[by.upperBound...])
        return ClauseReading.subject(in: rest, before: min(rest.count, 6))
    }

    private static func lastRange(of word: String, in s: [Unicode.Scalar]) -> Range<Int>? {
        var found: Range<Int>?
        var from = 0
        while from < s.count, let r = s[from...].range(of: word) { found = r; from = r.lowerBound + 1 }
        return found
    }
}
