@testable import Extractor
import Foundation
import ZIPFoundation

/// A small DOCX built in memory from WordprocessingML written in the test: `body` goes inside
/// `w:body`, `numbering` inside `w:numbering`, `styles` inside `w:styles`; headers and footers
/// are related to the document as Word relates them. `entries` adds raw ZIP entries.
struct DocxFixture {
    var body: String
    var numbering: String?
    var styles: String?
    var headers: [String] = []
    var footers: [String] = []
    var entries: [(String, Data)] = []
    var includeDocument = true

    static let ns = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape""#

    /// `<w:p>` with the text in one run; `properties` goes into `w:pPr`.
    static func p(_ text: String, _ properties: String = "") -> String {
        "<w:p>\(properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    /// A list paragraph of list `num` at level `ilvl`.
    static func item(_ text: String, num: Int, ilvl: Int = 0) -> String {
        p(text, "<w:numPr><w:ilvl w:val=\"\(ilvl)\"/><w:numId w:val=\"\(num)\"/></w:numPr>")
    }

    /// An abstract list with the given levels (format, text, start) and a `w:num` per id.
    static func list(abstract: Int, levels: [(String, String, Int)], nums: [Int], overrides: String = "") -> String {
        var xml = "<w:abstractNum w:abstractNumId=\"\(abstract)\">"
        for (i, level) in levels.enumerated() {
            xml += "<w:lvl w:ilvl=\"\(i)\"><w:start w:val=\"\(level.2)\"/><w:numFmt w:val=\"\(level.0)\"/><w:lvlText w:val=\"\(level.1)\"/></w:lvl>"
        }
        xml += "</w:abstractNum>"
        for n in nums { xml += "<w:num w:numId=\"\(n)\"><w:abstractNumId w:val=\"\(abstract)\"/>\(overrides)</w:num>" }
        return xml
    }

    var data: Data {
        get throws {
            let archive = try Archive(data: Data(), accessMode: .create)
            func add(_ path: String, _ data: Data) throws {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            var rels = ""
            try add("[Content_Types].xml", Data(#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#.utf8))
            if includeDocument {
                try add("word/document.xml", Data("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document \(Self.ns)><w:body>\(body)</w:body></w:document>".utf8))
            }
            if let numbering { try add("word/numbering.xml", Data("<?xml version=\"1.0\"?><w:numbering \(Self.ns)>\(numbering)</w:numbering>".utf8)) }
            if let styles { try add("word/styles.xml", Data("<?xml version=\"1.0\"?><w:styles \(Self.ns)>\(styles)</w:styles>".utf8)) }
            for (i, h) in headers.enumerated() {
                try add("word/header\(i + 1).xml", Data("<?xml version=\"1.0\"?><w:hdr \(Self.ns)>\(h)</w:hdr>".utf8))
                rels += "<Relationship Id=\"rH\(i)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header\(i + 1).xml\"/>"
            }
            for (i, f) in footers.enumerated() {
                try add("word/footer\(i + 1).xml", Data("<?xml version=\"1.0\"?><w:ftr \(Self.ns)>\(f)</w:ftr>".utf8))
                rels += "<Relationship Id=\"rF\(i)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer\(i + 1).xml\"/>"
            }
            try add("word/_rels/document.xml.rels", Data("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>".utf8))
            for (path, data) in entries { try add(path, data) }
            return archive.data!
        }
    }

    /// The normalized text the extractor reads from this DOCX.
    func text() throws -> String {
        try Extractor().read(data: data, fileName: "fixture.docx").text.string
    }

    /// The document as read.
    func document() throws -> TextDocument {
        try Extractor().read(data: data, fileName: "fixture.docx")
    }
}
