/// China's unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a
/// 31-symbol alphabet (no I, O, Z, S, V), the last one a check character over the first 17.
enum CreditCode {
    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".unicodeScalars)
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// 18 characters of the alphabet (upper case): the shape of a code, right or wrong.
    static func hasShape(_ code: String) -> Bool {
        let s = Array(code.unicodeScalars)
        return s.count == 18 && s.allSatisfy { alphabet.contains($0) }
    }

    /// The check character the first 17 characters call for.
    static func checkCharacter(_ code: String) -> Unicode.Scalar? {
        let s = Array(code.unicodeScalars)
        guard s.count >= 17 else { return nil }
        var sum = 0
        for i in 0..<17 {
            guard let v = alphabet.firstIndex(of: s[i]) else { return nil }
            sum += v * weights[i]
        }
        let r = 31 - sum % 31
        return alphabet[r == 31 ? 0 : r]
    }

    static func isValid(_ code: String) -> Bool {
        hasShape(code) && checkCharacter(code) == code.unicodeScalars.last
    }
}
