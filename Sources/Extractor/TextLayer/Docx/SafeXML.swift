import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One event of a streamed XML part: names and attribute keys without their namespace prefix
/// (`w:p` → `p`, `w:val` → `val`), which is how WordprocessingML is written in practice.
enum XMLEvent {
    case start(String, [String: String])
    case end(String)
    case text(String)
}

/// Streams an XML part through FoundationXML's SAX parser (libxml2) without building a tree.
/// A part with a document type declaration is refused before parsing — OOXML parts never carry
/// one, and without it there are no entity definitions to expand (billion laughs) and no
/// external entities to fetch — and external entities are off in any case.
enum SafeXML {
    static func parse(_ data: Data, name: String, _ handle: (XMLEvent) throws -> Void) throws {
        try checkProlog(data, name: name)
        try withoutActuallyEscaping(handle) { try run(data, name: name, $0) }
    }

    private static func run(_ data: Data, name: String, _ handle: @escaping (XMLEvent) throws -> Void) throws {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        let delegate = Delegate(handle)
        parser.delegate = delegate
        let ok = parser.parse()
        if let error = delegate.thrown { throw error }
        guard ok else {
            let line = parser.lineNumber
            throw DocxError.damaged("XML part \(DocxPackage.printable(name)) is not well-formed (line \(line))")
        }
    }

    /// Refuses a DTD (`<!DOCTYPE`, `<!ENTITY`) before the root element, and UTF-16/32 parts, whose
    /// prolog this byte scan could not see.
    static func checkProlog(_ data: Data, name: String) throws {
        let bytes = data.prefix(1 << 16)
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.prefix(4).contains(0) {
            throw DocxError.damaged("XML part \(DocxPackage.printable(name)) is not UTF-8")
        }
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.endIndex {
                let next = bytes[i + 1]
                if next == UInt8(ascii: "!") {
                    let isComment = i + 3 < bytes.endIndex && bytes[i + 2] == UInt8(ascii: "-") && bytes[i + 3] == UInt8(ascii: "-")
                    if !isComment {
                        throw DocxError.damaged("XML part \(DocxPackage.printable(name)) declares a DTD or entities, which a Word document never does")
                    }
                } else if next != UInt8(ascii: "?") {
                    return
                }
            }
            i += 1
        }
    }

    static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let handle: (XMLEvent) throws -> Void
        var thrown: Error?

        init(_ handle: @escaping (XMLEvent) throws -> Void) { self.handle = handle }

        private func send(_ event: XMLEvent, _ parser: XMLParser) {
            guard thrown == nil else { return }
            do { try handle(event) } catch {
                thrown = error
                parser.abortParsing()
            }
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            var attributes: [String: String] = [:]
            // `w:val` wins over another prefix's `val`, whatever order the dictionary has.
            for key in attributeDict.keys.sorted() {
                let local = SafeXML.local(key)
                if attributes[local] == nil || key.hasPrefix("w:") { attributes[local] = attributeDict[key] }
            }
            send(.start(SafeXML.local(elementName), attributes), parser)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            send(.end(SafeXML.local(elementName)), parser)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            send(.text(string), parser)
        }

        func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
            thrown = DocxError.damaged("XML part refers to an external entity")
            parser.abortParsing()
            return nil
        }
    }
}
