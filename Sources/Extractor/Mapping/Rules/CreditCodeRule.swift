import Schema

/// Checks every stated 统一社会信用代码 / 纳税人识别号 against its GB 32100-2015 check character
/// (`invalid-credit-code`), and flags an account number that is really a credit code
/// (`account-is-credit-code`: seed 000 gives 甲方's 纳税人识别号 as its 账户号码).
enum CreditCodeRule: MappingRule {
    static let codeKeys = Lexicon.shared.attributeKeys.filter { $0.1 == .creditCode }.map(\.0)
    static let accountKeys = Lexicon.shared.attributeKeys.filter { $0.1 == .accountNumber }.map(\.0)
    private static let keyInitials = ScalarSet((codeKeys + accountKeys).compactMap(\.unicodeScalars.first))

    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        let text = analysis.text
        var diagnostics: [Diagnostic] = []
        for line in text.allLines {
            if let (key, value, range) = keyed(line, keys: codeKeys), value.unicodeScalars.count == 18 {
                if !CreditCode.isValid(value) {
                    let expected = CreditCode.checkCharacter(value).map { " (the check character should be \($0))" } ?? ""
                    diagnostics.append(Diagnostic(severity: .warning, code: "invalid-credit-code",
                        message: "\(key) \(value) fails the GB 32100-2015 check\(expected).", location: text.location(range)))
                }
            } else if let (key, value, range) = keyed(line, keys: accountKeys), CreditCode.isValid(value),
                      value.unicodeScalars.contains(where: { !$0.isASCIIDigit }) {
                diagnostics.append(Diagnostic(severity: .warning, code: "account-is-credit-code",
                    message: "\(key) \(value) is a unified social credit code, not a bank account number.", location: text.location(range)))
            }
        }
        return diagnostics
    }

    /// `key：【value】` at the start of a line: the key, the normalized value and its span.
    static func keyed(_ line: ParsedLine, keys: [String]) -> (String, String, Range<Int>)? {
        // Most lines start with no key's first scalar: asked before the line is copied.
        guard let first = line.scalars.first, keyInitials.contains(first),
              let key = keys.first(where: { line.scalars.starts(with: $0.unicodeScalars) }) else { return nil }
        let s = Array(line.scalars)
        var i = key.unicodeScalars.count
        while i < s.count, s[i] == "【" || s[i] == "：" || s[i] == ":" || s[i] == " " { i += 1 }
        var j = i
        while j < s.count, s[j] != "】", s[j] != "\t", s[j] != "，", s[j] != "；" { j += 1 }
        let value = FieldScanner.normalizedValue(String(scalars: s[i..<j])).uppercased()
        guard !value.isEmpty, !TemplatePlaceholder.contains(value) else { return nil }
        return (key, value, (line.range.lowerBound + i)..<(line.range.lowerBound + j))
    }
}
