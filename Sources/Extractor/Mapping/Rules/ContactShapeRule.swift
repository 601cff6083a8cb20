import Schema

/// Checks the shape of every stated phone, fax, postal code and e-mail address, wherever a
/// `key：value` line gives one (party blocks, notice articles, signature pages):
/// - phone and fax: a mobile number (`1[3-9]` + 9 digits, optionally `+86`), a landline with its
///   area code (`0` + 2–3 digits, then 7–8 digits, `-` optional, `(0451)` allowed, an extension
///   after `-` or `转`), a local 7–8 digit number, or a 400/800 service number; several numbers
///   may be separated by `/`, `、`, `，` or `；` → otherwise `invalid-phone`;
/// - postal code: six digits → otherwise `invalid-postal-code`;
/// - e-mail: `local@domain.tld` in ASCII → otherwise `invalid-email`.
/// Blanks, `/` and template placeholders are not values and are not checked.
enum ContactShapeRule: MappingRule {
    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen = Set<String>()
        for kv in analysis.keyValues {
            let (key, value, line) = (kv.reading.key, kv.reading.value, kv.line)
            let problem: (code: String, what: String)?
            switch key {
            case .phone, .fax: problem = isPhoneList(value) ? nil : ("invalid-phone", key == .fax ? "fax number" : "phone number")
            case .postalCode: problem = isPostalCode(value) ? nil : ("invalid-postal-code", "postal code")
            case .email: problem = isEmail(value) ? nil : ("invalid-email", "e-mail address")
            default: problem = nil
            }
            guard let problem, seen.insert(problem.code + value).inserted else { continue }
            diagnostics.append(Diagnostic(severity: .warning, code: problem.code,
                message: "The \(problem.what) “\(value)” does not have the shape of one.", location: analysis.text.location(line.range)))
        }
        return diagnostics
    }

    static func isPhoneList(_ value: String) -> Bool {
        let parts = value.split(whereSeparator: { "/／、，,；;".contains($0) }).map { $0.filter { $0 != " " } }
        return !parts.isEmpty && parts.allSatisfy { isPhone(String($0)) }
    }

    static func isPhone(_ raw: String) -> Bool {
        var s = Substring(raw)
        if s.hasPrefix("+86") { s = s.dropFirst(3) } else if s.hasPrefix("(86)") || s.hasPrefix("（86）") { s = s.dropFirst(4) }
        s = s.drop { $0 == "-" || $0 == " " }
        let digits = s.filter { $0.isASCIIDigit }
        if s.allSatisfy({ $0.isASCIIDigit }), digits.count == 11, s.first == "1", let second = s.dropFirst().first, "3456789".contains(second) {
            return true
        }
        if s.hasPrefix("400") || s.hasPrefix("800") {
            return digits.count == 10 && s.allSatisfy { $0.isASCIIDigit || $0 == "-" }
        }
        // Landline: optional (area code), number, optional extension.
        var rest = s
        var extensionPart: Substring = ""
        if let cut = rest.firstIndex(of: "转") { extensionPart = rest[rest.index(after: cut)...]; rest = rest[..<cut] }
        var area: Substring = ""
        if rest.first == "(" || rest.first == "（", let close = rest.firstIndex(where: { $0 == ")" || $0 == "）" }) {
            area = rest[rest.index(after: rest.startIndex)..<close]
            rest = rest[rest.index(after: close)...].drop { $0 == "-" }
        } else if rest.first == "0", let dash = rest.firstIndex(of: "-") {
            area = rest[..<dash]
            rest = rest[rest.index(after: dash)...]
        } else if rest.first == "0", rest.allSatisfy({ $0.isASCIIDigit }), (10...12).contains(rest.count) {
            return true  // `057188888888`: area code and number without a separator
        }
        let groups = rest.split(separator: "-", omittingEmptySubsequences: false)
        guard let number = groups.first, groups.count <= 2 else { return false }
        if groups.count == 2 { extensionPart = groups[1] }
        let areaOK = area.isEmpty || (area.first == "0" && (3...4).contains(area.count) && area.allSatisfy { $0.isASCIIDigit })
        let numberOK = (7...8).contains(number.count) && number.allSatisfy { $0.isASCIIDigit } && number.first != "0"
        let extensionOK = extensionPart.count <= 6 && extensionPart.allSatisfy { $0.isASCIIDigit }
        return areaOK && numberOK && extensionOK
    }

    static func isPostalCode(_ value: String) -> Bool {
        value.count == 6 && value.allSatisfy { $0.isASCIIDigit }
    }

    static func isEmail(_ value: String) -> Bool {
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, value.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
            && labels.last!.count >= 2 && labels.last!.allSatisfy { $0.isLetter }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
