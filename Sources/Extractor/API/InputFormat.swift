import Foundation

/// What kind of document a file is, decided from its first bytes (and its name where the
/// bytes alone cannot tell a Word file from another ZIP): PDF, DOCX, HTML, text and JPEG, PNG
/// and TIFF page images (read by OCR) are read;
/// every other format a contract arrives in is named, with how to convert it, never read as
/// garbage text.
public enum InputFormat: Equatable, Sendable {
    case pdf
    case docx
    case html
    case text
    /// Page images, read by OCR: JPEG, PNG, TIFF (one page or many).
    case jpeg, png, tiff
    /// `name` is the format as a user knows it (`HTML`, `Word (DOCX)` …); `advice` how to get a
    /// PDF, DOCX, HTML or text the tool reads.
    case unsupported(name: String, advice: String)

    public static func detect(fileName: String, head: Data) -> InputFormat {
        let bytes = [UInt8](head.prefix(4096))
        if InputFile.isPDF(head) { return .pdf }
        let ext = URL(fileURLWithPath: fileName).pathExtension.lowercased()
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            if wordExtensions.contains(ext) { return .docx }
            if let named = zipFormats[ext] { return .unsupported(name: named, advice: advice(ext)) }
            // A Word package under another name: its part names show in the local headers.
            if Data(bytes).range(of: Data("word/".utf8)) != nil { return .docx }
            return .unsupported(name: "a ZIP archive", advice: "unpack it and convert each document")
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            if head.range(of: encryptedPackage) != nil || wordExtensions.contains(ext) {
                return .unsupported(name: "a password-protected (encrypted) Office document",
                                    advice: "open it in Word or LibreOffice with its password and save it without one as DOCX")
            }
            return .unsupported(name: oleFormats[ext] ?? "an OLE compound document (DOC/XLS/WPS?)", advice: advice(ext))
        }
        if bytes.starts(with: Array("{\\rtf".utf8)) { return .unsupported(name: "RTF", advice: toDocx) }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: [0x49, 0x49, 0x2A, 0x00]) || bytes.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return .tiff }
        if let image = imageFormat(bytes) {
            return .unsupported(name: image, advice: "convert it to PNG, JPEG or TIFF (or a PDF), which is read by OCR")
        }
        if ext == "mht" || ext == "mhtml" {
            return .unsupported(name: "MHTML (a web archive)", advice: "save the page as HTML (\"Web page, HTML only\") or print it to PDF")
        }
        if ext == "htm" || ext == "html" || ext == "xhtml" || looksLikeHTML(bytes) { return .html }
        // Named as an image but not one by its bytes: the image reader says what is wrong with it.
        if let image = imageExtensions[ext] { return image }
        if let named = namedOnly[ext] { return .unsupported(name: named, advice: advice(ext)) }
        return .text
    }

    /// The part of the OLE directory of an encrypted OOXML file: `EncryptedPackage` in UTF-16LE.
    private static let encryptedPackage = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    private static let imageExtensions: [String: InputFormat] = ["jpg": .jpeg, "jpeg": .jpeg, "png": .png, "tif": .tiff, "tiff": .tiff]
    private static let wordExtensions: Set<String> = ["docx", "docm", "dotx", "dotm"]
    private static let office = "convert it to PDF first, e.g. libreoffice --headless --convert-to pdf FILE"
    private static let toDocx = "convert it to DOCX first, e.g. libreoffice --headless --convert-to docx FILE"

    /// How to convert a named format: word-processor files to DOCX, others to PDF.
    private static func advice(_ ext: String) -> String {
        switch ext {
        case "doc", "dot", "wps", "wpt", "rtf", "odt", "ott", "fodt", "docm": return toDocx
        case "pages": return "export it from Pages as Word (File > Export To > Word), or convert it with libreoffice --headless --convert-to docx FILE"
        case "xlsx", "xls", "ods", "et": return "a spreadsheet is not read as a contract; convert it to PDF, e.g. libreoffice --headless --convert-to pdf FILE"
        default: return office
        }
    }
    private static let zipFormats = ["docx": "Word (DOCX)", "docm": "Word (DOCM)", "dotx": "Word template (DOTX)",
                                     "xlsx": "Excel (XLSX)", "pptx": "PowerPoint (PPTX)", "odt": "OpenDocument text (ODT)",
                                     "ods": "OpenDocument spreadsheet (ODS)", "pages": "Apple Pages", "wps": "WPS document", "ott": "OpenDocument text template (OTT)",
                                     "epub": "EPUB", "zip": "a ZIP archive"]
    private static let oleFormats = ["doc": "Word 97–2003 (DOC)", "dot": "Word 97–2003 template (DOT)", "xls": "Excel 97–2003 (XLS)",
                                     "wps": "WPS document", "ppt": "PowerPoint 97–2003 (PPT)"]
    /// Formats known by name whose bytes were not recognized above (damaged, or a variant).
    private static let namedOnly = zipFormats.merging(oleFormats) { a, _ in a }.merging(
        ["rtf": "RTF", "gif": "a GIF image", "bmp": "a BMP image", "webp": "a WebP image",
         "heic": "a HEIC image", "ofd": "OFD (China's fixed-layout format)", "xml": "XML", "wpt": "WPS template",
         "et": "WPS spreadsheet", "fodt": "flat OpenDocument text (FODT)"]) { a, _ in a }

    private static func imageFormat(_ b: [UInt8]) -> String? {
        if b.starts(with: [0xFF, 0xD8, 0xFF]) { return "a JPEG image" }
        if b.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "a PNG image" }
        if b.starts(with: [0x49, 0x49, 0x2A, 0x00]) || b.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return "a TIFF image" }
        if b.starts(with: Array("GIF8".utf8)) { return "a GIF image" }
        // "BM" alone is also how `BMW（中国）…` starts: a BMP also has zero reserved bytes and a
        // known header size.
        if b.starts(with: Array("BM".utf8)), b.count >= 18, b[6...9].allSatisfy({ $0 == 0 }),
           [12, 40, 52, 56, 64, 108, 124].contains(Int(b[14]) | Int(b[15]) << 8 | Int(b[16]) << 16 | Int(b[17]) << 24) {
            return "a BMP image"
        }
        if b.count >= 12, b.starts(with: Array("RIFF".utf8)), Array(b[8..<12]) == Array("WEBP".utf8) { return "a WebP image" }
        return nil
    }

    /// Markup at the start (after a BOM, blanks and comments): `<!DOCTYPE html`, `<html`,
    /// `<head>`, `<meta`, or an XML declaration followed by `<html` in the first 4 KB.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var text = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let start = text.drop { $0.isWhitespace }
        for tag in ["<!doctype html", "<html", "<head", "<meta", "<body", "<style", "<script"] where start.hasPrefix(tag) {
            return true
        }
        return (start.hasPrefix("<?xml") || start.hasPrefix("<!--")) && start.contains("<html")
    }
}
