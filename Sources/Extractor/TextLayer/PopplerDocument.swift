// The only file that sees poppler-glib (and GLib and cairo), through the trampolines of CPoppler:
// the libraries are loaded when the first PDF is opened. Every handle has one owner here.
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
        if let reason = Self.unavailable { throw ExtractionError.unreadable(fileName, reason: reason) }
        self.fileName = fileName
        var error: UnsafeMutablePointer<GError>?
        let document: OpaquePointer? = data.withUnsafeBytes { raw in
            let bytes = ce_g_bytes_new(raw.baseAddress, UInt(raw.count))  // copies
            defer { ce_g_bytes_unref(bytes) }
            return ce_poppler_document_new_from_bytes(bytes, nil, &error)
        }
        guard let document else {
            throw Self.translate(error, fileName: fileName)
        }
        if let error { ce_g_error_free(error) }
        handle = document
        pageCount = Int(ce_poppler_document_get_n_pages(document))
    }

    /// Loads poppler-glib, GLib and cairo the first time a PDF is opened: nil, or why they cannot
    /// be (not installed), which is then the error of every PDF.
    static let unavailable: String? = {
        if let reason = ce_poppler_load() { return "the PDF reader is missing: " + String(cString: reason) }
        return nil
    }()

    deinit {
        ce_g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// Whether page `index` draws any image (a scan is one); false when it cannot be read.
    func hasImages(at index: Int) -> Bool {
        (try? withPage(index) { page, _, _ in
            guard let mapping = ce_poppler_page_get_image_mapping(page) else { return false }
            ce_poppler_page_free_image_mapping(mapping)
            return true
        }) ?? false
    }

    /// The image of a scanned page: the resolution (pixels per inch) at which it is drawn, and
    /// whether it is a 1-bit image sprinkled with specks (`Speckle`: a fax).
    struct ScanImage: Equatable {
        var resolution: Double
        var speckled: Bool
    }

    /// Page `index`'s largest image when it covers at least half the page (a scanned page is one
    /// image); nil for any other page or one that cannot be read. An image drawn turned by 90° is
    /// measured along its long side.
    func scanImage(at index: Int) -> ScanImage? {
        try? withPage(index) { page, width, height -> ScanImage? in
            guard let mapping = ce_poppler_page_get_image_mapping(page) else { return nil }
            defer { ce_poppler_page_free_image_mapping(mapping) }
            var largest: PopplerImageMapping?
            var node: UnsafeMutablePointer<GList>? = mapping
            while let item = node {
                if let data = item.pointee.data {
                    let image = data.assumingMemoryBound(to: PopplerImageMapping.self).pointee
                    if largest.map({ Self.area(image.area) < Self.area($0.area) }) != true { largest = image }
                }
                node = item.pointee.next
            }
            guard let largest, Self.area(largest.area) >= 0.5 * width * height,
                  let surface = ce_poppler_page_get_image(page, largest.image_id) else { return nil }
            defer { ce_cairo_surface_destroy(surface) }
            let pixels = max(ce_cairo_image_surface_get_width(surface), ce_cairo_image_surface_get_height(surface))
            let points = max(abs(largest.area.x2 - largest.area.x1), abs(largest.area.y2 - largest.area.y1))
            guard pixels > 0, points > 0 else { return nil }
            let speckled = Self.blackAndWhite(surface).map(Speckle.isSpeckled) ?? false
            return ScanImage(resolution: Double(pixels) * 72 / points, speckled: speckled)
        } ?? nil
    }

    /// An RGB24 or ARGB32 image surface as gray, when every pixel is black or white; nil at the
    /// first that is not (a gray or colour scan answers within its first rows).
    private static func blackAndWhite(_ surface: OpaquePointer) -> GrayImage? {
        let format = ce_cairo_image_surface_get_format(surface)
        guard format == CAIRO_FORMAT_RGB24 || format == CAIRO_FORMAT_ARGB32 else { return nil }
        ce_cairo_surface_flush(surface)
        let w = Int(ce_cairo_image_surface_get_width(surface)), h = Int(ce_cairo_image_surface_get_height(surface))
        let stride = Int(ce_cairo_image_surface_get_stride(surface))
        guard w > 0, h > 0, let data = ce_cairo_image_surface_get_data(surface) else { return nil }
        var pixels = [UInt8](repeating: 255, count: w * h)
        for y in 0..<h {
            let row = UnsafeRawPointer(data + y * stride)
            for x in 0..<w {
                switch row.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self) & 0x00FF_FFFF {
                case 0: pixels[y * w + x] = 0
                case 0x00FF_FFFF: continue
                default: return nil
                }
            }
        }
        return GrayImage(width: w, height: h, pixels: pixels, dpi: 72)
    }

    private static func area(_ r: PopplerRectangle) -> Double { abs(r.x2 - r.x1) * abs(r.y2 - r.y1) }

    /// Opens page `index`, hands it with its size (points) to `body`, and releases it.
    private func withPage<T>(_ index: Int, _ body: (OpaquePointer, Double, Double) throws -> T) throws -> T {
        guard let page = ce_poppler_document_get_page(handle, Int32(index)) else {
            throw ExtractionError.damaged(fileName, reason: "page \(index + 1) cannot be read")
        }
        defer { ce_g_object_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0, height = 0.0
        ce_poppler_page_get_size(page, &width, &height)
        return try body(page, width, height)
    }

    /// Page `index` rendered at `dpi` into 8-bit gray (white paper first: a cairo surface starts
    /// transparent black), for OCR, grayed as image files are (`OCRSettings.imageGray`: the red
    /// channel, in which red seals fade). Throws when poppler cannot produce the page.
    func renderGray(at index: Int, dpi: Double) throws -> GrayImage {
        try withPage(index) { page, width, height in try render(page, width: width, height: height, index: index, dpi: dpi) }
    }

    private func render(_ page: OpaquePointer, width: Double, height: Double, index: Int, dpi: Double) throws -> GrayImage {
        let w = Int32((width * dpi / 72).rounded()), h = Int32((height * dpi / 72).rounded())
        guard w > 0, h > 0, let surface = ce_cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h) else {
            throw ExtractionError.damaged(fileName, reason: "page \(index + 1) cannot be rendered")
        }
        defer { ce_cairo_surface_destroy(surface) }
        guard let cr = ce_cairo_create(surface) else {
            throw ExtractionError.damaged(fileName, reason: "page \(index + 1) cannot be rendered")
        }
        ce_cairo_set_source_rgb(cr, 1, 1, 1)
        ce_cairo_paint(cr)
        ce_cairo_scale(cr, dpi / 72, dpi / 72)
        ce_poppler_page_render(page, cr)
        ce_cairo_destroy(cr)
        ce_cairo_surface_flush(surface)
        let stride = Int(ce_cairo_image_surface_get_stride(surface))
        guard let data = ce_cairo_image_surface_get_data(surface) else {
            throw ExtractionError.damaged(fileName, reason: "page \(index + 1) cannot be rendered")
        }
        var pixels = [UInt8](repeating: 255, count: Int(w) * Int(h))
        let red = OCRSettings.imageGray == .red
        for y in 0..<Int(h) {
            let row = data + y * stride
            for x in 0..<Int(w) {
                let p = row + x * 4  // BGRA in memory on little-endian
                if red {
                    pixels[y * Int(w) + x] = p[2]
                } else {
                    let gray: UInt32 = (UInt32(p[2]) * 299 + UInt32(p[1]) * 587 + UInt32(p[0]) * 114) / 1000
                    pixels[y * Int(w) + x] = UInt8(gray)
                }
            }
        }
        return GrayImage(width: Int(w), height: Int(h), pixels: pixels, dpi: dpi)
    }

    /// The glyphs of page `index` (0-based) with their boxes, numbered from 0 in content-stream
    /// order (the caller numbers them document-wide). Throws when poppler cannot produce the page.
    func page(at index: Int) throws -> RawPage {
        try withPage(index) { page, width, height in try glyphs(of: page, width: width, height: height, index: index) }
    }

    private func glyphs(of page: OpaquePointer, width: Double, height: Double, index: Int) throws -> RawPage {

        let scalars: [Unicode.Scalar]
        if let text = ce_poppler_page_get_text(page) {
            scalars = Array(String(cString: text).unicodeScalars)
            ce_g_free(text)
        } else {
            scalars = []
        }
        var rects: UnsafeMutablePointer<PopplerRectangle>?
        var rectCount: UInt32 = 0
        var glyphs: [Glyph] = []
        if ce_poppler_page_get_text_layout(page, &rects, &rectCount) != 0, let rects {
            defer { ce_g_free(rects) }
            // One rectangle per Unicode scalar of get_text (notes/platform.md).
            let n = min(Int(rectCount), scalars.count)
            glyphs.reserveCapacity(n)
            var next: Int32 = 0
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
        defer { ce_g_error_free(error) }
        let code = error.pointee.code
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        if code == Int32(CE_POPPLER_ERROR_ENCRYPTED) {
            return .encrypted(fileName)
        }
        return .damaged(fileName, reason: "not a readable PDF (\(message.lowercased()))")
    }
}
