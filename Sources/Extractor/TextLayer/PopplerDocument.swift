// The only file that sees poppler-glib (and GLib). Every handle it opens has one owner here.
internal import CPoppler
import Foundation

/// An open PDF. Owns the `PopplerDocument*` and releases it on deinit; pages are opened and
/// released inside each call, so no C pointer outlives this type or leaves this file.
final class PopplerDocument {
    private let handle: OpaquePointer
    private let fileName: String
    let pageCount: Int

    /// Opens PDF bytes. Throws `ExtractionError` naming `fileName` for damaged, encrypted or
    /// otherwise unreadable input.
    init(data: Data, fileName: String) throws {
        self.fileName = fileName
        var error: UnsafeMutablePointer<GError>?
        let document: OpaquePointer? = data.withUnsafeBytes { raw in
            let bytes = g_bytes_new(raw.baseAddress, gsize(raw.count))  // copies
            defer { g_bytes_unref(bytes) }
            return poppler_document_new_from_bytes(bytes, nil, &error)
        }
        guard let document else {
            throw Self.translate(error, fileName: fileName)
        }
        if let error { g_error_free(error) }
        handle = document
        pageCount = Int(poppler_document_get_n_pages(document))
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// The glyphs of page `index` (0-based) with their boxes. `firstGlyphIndex` numbers the
    /// glyphs document-wide. Throws when poppler cannot produce the page.
    func page(at index: Int, firstGlyphIndex: Int32) throws -> RawPage {
        guard let page = poppler_document_get_page(handle, Int32(index)) else {
            throw ExtractionError.damaged(fileName, reason: "page \(index + 1) cannot be read")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)

        let scalars: [Unicode.Scalar]
        if let text = poppler_page_get_text(page) {
            scalars = Array(String(cString: text).unicodeScalars)
            g_free(text)
        } else {
            scalars = []
        }
        var rects: UnsafeMutablePointer<PopplerRectangle>?
        var rectCount: guint = 0
        var glyphs: [Glyph] = []
        if poppler_page_get_text_layout(page, &rects, &rectCount) != 0, let rects {
            defer { g_free(rects) }
            // One rectangle per Unicode scalar of get_text (notes/platform.md).
            let n = min(Int(rectCount), scalars.count)
            glyphs.reserveCapacity(n)
            var next = firstGlyphIndex
            var space = false
            for i in 0..<n {
                let s = scalars[i]
                if s.isSpace {
                    space = s != "\n" && s != "\r"
                    continue
                }
                let r = rects[i]
                glyphs.append(Glyph(scalar: s, rect: Rect(x0: r.x1, y0: r.y1, x1: r.x2, y1: r.y2),
                                    index: next, spaceBefore: space))
                next += 1
                space = false
            }
        }
        return RawPage(number: index + 1, width: width, height: height, glyphs: glyphs)
    }

    private static func translate(_ error: UnsafeMutablePointer<GError>?, fileName: String) -> ExtractionError {
        guard let error else { return .damaged(fileName, reason: "poppler could not open it") }
        defer { g_error_free(error) }
        let code = error.pointee.code
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        if code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
            return .encrypted(fileName)
        }
        return .damaged(fileName, reason: "not a readable PDF (\(message.lowercased()))")
    }
}

/// SHA-256 from GLib's GChecksum, which poppler already links.
enum Checksum {
    static func sha256Hex(_ data: Data) -> String {
        data.withUnsafeBytes { raw in
            let base = raw.bindMemory(to: guchar.self).baseAddress
            guard let hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, base, gsize(raw.count)) else {
                return ""
            }
            defer { g_free(hex) }
            return String(cString: hex)
        }
    }
}
