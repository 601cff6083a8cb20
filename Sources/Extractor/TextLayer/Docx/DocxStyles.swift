import Foundation

/// Paragraph styles of `word/styles.xml` as far as the text needs them: a style's list
/// (`w:numPr` in its `w:pPr`, inherited through `w:basedOn`) and its display name.
struct DocxStyles {
    struct Style {
        var name: String?
        var basedOn: String?
        var numID: String?
        var ilvl: Int?
    }

    var styles: [String: Style] = [:]
    var defaultParagraphStyle: String?

    /// The list (`numId`, `ilvl`) a paragraph of this style gets, following `basedOn` links.
    func numbering(of styleID: String) -> (numID: String, ilvl: Int)? {
        var id: String? = styleID
        var seen: Set<String> = []
        var ilvl: Int?
        while let current = id, !seen.contains(current), let style = styles[current] {
            seen.insert(current)
            if ilvl == nil { ilvl = style.ilvl }
            if let num = style.numID { return (num, ilvl ?? 0) }
            id = style.basedOn
        }
        return nil
    }

    static func parse(_ data: Data) throws -> DocxStyles {
        var out = DocxStyles()
        var id: String?
        var style = Style()
        var isParagraph = false
        var inPPr = false
        try SafeXML.parse(data, name: "word/styles.xml") { event in
            switch event {
            case .start(let name, let a):
                switch name {
                case "style":
                    id = a["styleId"]
                    style = Style()
                    isParagraph = a["type"] == "paragraph"
                    if isParagraph, a["default"] == "1" || a["default"] == "true" { out.defaultParagraphStyle = id }
                case "name" where id != nil: style.name = a["val"]
                case "basedOn" where id != nil: style.basedOn = a["val"]
                case "pPr" where id != nil: inPPr = true
                case "numId" where inPPr: style.numID = a["val"]
                case "ilvl" where inPPr: style.ilvl = a["val"].flatMap { Int($0) }
                default: break
                }
            case .end(let name):
                if name == "pPr" { inPPr = false }
                if name == "style" {
                    if let id, isParagraph { out.styles[id] = style }
                    id = nil
                }
            case .text: break
            }
        }
        return out
    }
}
