/// HTML character references: numeric (`&#20013;`, `&#x4E2D;`) and the named ones contract pages
/// use; an unknown name stays as written.
enum HtmlEntities {
    static let named: [String: String] = [
        "nbsp": "\u{00A0}", "lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'", "ldquo": "“", "rdquo": "”",
        "lsquo": "‘", "rsquo": "’", "mdash": "—", "ndash": "–", "hellip": "…", "middot": "·", "emsp": "\u{2003}",
        "ensp": "\u{2002}", "thinsp": "\u{2009}", "times": "×", "divide": "÷", "yen": "¥", "copy": "©", "reg": "®",
        "deg": "°", "plusmn": "±", "sect": "§", "para": "¶", "bull": "•", "permil": "‰", "le": "≤", "ge": "≥",
        "rarr": "→", "larr": "←", "radic": "√", "square": "□", "laquo": "«", "raquo": "»", "shy": "",
    ]

    /// The character a reference stands for (`name` without `&` and `;`), or nil.
    static func decode(_ name: Substring) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(scalar)
        }
        if name.hasPrefix("#") { return UInt32(name.dropFirst(), radix: 10).flatMap(scalar) }
        return named[String(name)]
    }

    private static func scalar(_ v: UInt32) -> String? {
        guard v != 0, let s = Unicode.Scalar(v) else { return "\u{FFFD}" }
        return String(Character(s))
    }
}
