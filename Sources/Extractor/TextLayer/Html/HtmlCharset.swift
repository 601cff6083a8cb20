import Foundation

/// The charset of an HTML file: a byte-order mark first, then `<meta charset=…>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 4 KB, else UTF-8 when
/// the bytes are valid UTF-8, else GB18030 (what Chinese Word saves as a web page).
enum HtmlCharset {
    static func detect(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        var search = head[...]
        while let meta = search.range(of: "<meta") {
            let rest = search[meta.upperBound...]
            let end = rest.firstIndex(of: ">") ?? rest.endIndex
            let tag = rest[..<end]
            if let c = tag.range(of: "charset") {
                let value = tag[c.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
                let name = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                if !name.isEmpty { return canonical(String(name)) }
            }
            search = rest[end...]
        }
        return String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : "GB18030"
    }

    static func canonical(_ name: String) -> String {
        switch name {
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn": return "GB18030"
        case "big5", "big5-hkscs": return "Big5"
        case "utf8", "utf-8": return "UTF-8"
        case "utf-16", "utf-16le": return "UTF-16LE"
        case "utf-16be": return "UTF-16BE"
        default: return name.uppercased()
        }
    }
}
