import Foundation
import ZIPFoundation

/// A DOCX file opened in memory as a ZIP package, read part by part with hard limits: no entry is
/// ever written to disk, an entry name that climbs out of the package (`../`, absolute) rejects
/// the whole file, and inflating stops at `maxPartBytes` per part and `maxTotalBytes` in all, so
/// a ZIP bomb costs at most those bytes of memory and the time to inflate them.
struct DocxPackage {
    /// Limits on what one document may inflate to.
    struct Limits: Sendable {
        var maxPartBytes = 128 << 20
        var maxTotalBytes = 256 << 20
        var maxEntries = 10_000
    }

    private let archive: Archive
    private let entries: [String: Entry]
    private let limits: Limits
    private var inflated = 0

    /// Opens the package; a damaged ZIP, a hostile entry name or a package without
    /// `word/document.xml` throws `DocxError`.
    init(data: Data, limits: Limits = Limits()) throws {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw DocxError.damaged("not a readable ZIP package (truncated or damaged)")
        }
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.maxEntries else { throw DocxError.damaged("more than \(limits.maxEntries) ZIP entries") }
            let path = entry.path
            if path.hasPrefix("/") || path.hasPrefix("\\") || path.contains("\\") || path.contains(":")
                || path.split(separator: "/").contains("..") {
                throw DocxError.damaged("ZIP entry name \(Self.printable(path)) points outside the package")
            }
            entries[path] = entry
        }
        self.archive = archive
        self.entries = entries
        self.limits = limits
        guard entries["word/document.xml"] != nil else {
            throw DocxError.damaged("not a Word document: the package has no word/document.xml")
        }
    }

    /// Whether the package holds a part at `path` (no leading slash).
    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The part's bytes, inflated in memory; nil when the package has no such part.
    mutating func part(_ path: String) throws -> Data? {
        guard let entry = entries[path] else { return nil }
        guard entry.type == .file else { return nil }
        var out = Data()
        let partLimit = limits.maxPartBytes, totalLimit = limits.maxTotalBytes
        let before = inflated
        do {
            _ = try archive.extract(entry, bufferSize: 64 << 10, skipCRC32: false) { chunk in
                guard out.count + chunk.count <= partLimit, before + out.count + chunk.count <= totalLimit else {
                    throw DocxError.tooLarge(path, limit: min(partLimit, totalLimit - before))
                }
                out.append(chunk)
            }
        } catch let error as DocxError {
            throw error
        } catch {
            throw DocxError.damaged("ZIP entry \(Self.printable(path)) cannot be inflated (damaged or truncated)")
        }
        inflated += out.count
        return out
    }

    /// Part paths of `word/_rels/document.xml.rels` targets of the given relationship type
    /// suffix (`/header`, `/footer`), in the order the relationships list them.
    mutating func relatedParts(ofType suffix: String) throws -> [String] {
        guard let rels = try part("word/_rels/document.xml.rels") else { return [] }
        var out: [String] = []
        try SafeXML.parse(rels, name: "word/_rels/document.xml.rels") { event in
            guard case .start(let name, let attributes) = event, name == "Relationship",
                  let type = attributes["Type"], type.hasSuffix(suffix), attributes["TargetMode"] != "External",
                  var target = attributes["Target"] else { return }
            target = target.hasPrefix("/") ? String(target.dropFirst()) : "word/" + target
            if self.contains(target) { out.append(target) }
        }
        return out
    }

    static func printable(_ path: String) -> String {
        "“" + String(path.unicodeScalars.map { $0.value < 0x20 ? "?" : Character($0) }.prefix(80)) + "”"
    }
}

/// Why a DOCX package could not be read: the reason reads as the rest of the one error line.
enum DocxError: Error, Equatable {
    case damaged(String)
    case tooLarge(String, limit: Int)

    var reason: String {
        switch self {
        case .damaged(let reason): return reason
        case .tooLarge(let part, let limit):
            return "ZIP entry \(DocxPackage.printable(part)) inflates to more than \(limit >> 20) MB (a ZIP bomb?)"
        }
    }
}
