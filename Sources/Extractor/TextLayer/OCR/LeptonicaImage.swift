// The only file that sees Leptonica, through the trampolines of CLeptonica: the library is loaded
// when the first image is read. Every PIX made here is destroyed here, by the function that made
// it (`defer`); nothing of Leptonica's leaves this file.
internal import CLeptonica
import Foundation

/// A JPEG, PNG or TIFF file whose pages are read one at a time into 8-bit gray for OCR, through
/// Leptonica. Hostile input is refused before it is decoded: each page's header dimensions are
/// checked against `maxPixels` (a 30000×30000 PNG is 900 megapixels of 4 bytes: 3.6 GB), a TIFF
/// against `maxPages`; a file Leptonica cannot decode is `damaged` with one line saying so.
struct ImageFile {
    enum Kind: String, Sendable { case jpeg, png, tiff }

    /// Pixels per page above which a page is refused: 100 megapixels is an A4 page at 1400 dpi
    /// (a 600-dpi A3 scan is 35 megapixels).
    static let maxPixels = 100_000_000
    /// Pages above which a TIFF is refused (every page is read by OCR).
    static let maxPages = 2000

    let data: Data
    let kind: Kind
    let fileName: String
    let pageCount: Int

    init(data: Data, kind: Kind, fileName: String) throws {
        if let reason = Self.unavailable { throw ExtractionError.unreadable(fileName, reason: reason) }
        self.data = data
        self.kind = kind
        self.fileName = fileName
        if kind == .tiff {
            pageCount = try Self.tiffPageCount(data, fileName: fileName)
        } else {
            pageCount = 1
        }
        guard pageCount <= Self.maxPages else {
            throw ExtractionError.damaged(fileName, reason: "the TIFF has \(pageCount) pages; at most \(Self.maxPages) are read")
        }
        guard pageCount > 0 else { throw ExtractionError.damaged(fileName, reason: "the TIFF has no pages") }
        // libjpeg decodes a truncated file as far as it goes (grey below) and prints its own
        // warning: a JPEG must end with its end-of-image marker (FF D9, trailing bytes allowed).
        if kind == .jpeg, !Self.hasEndOfImage(data) {
            throw ExtractionError.damaged(fileName, reason: "the JPEG image is truncated (no end-of-image marker)")
        }
    }

    static func hasEndOfImage(_ data: Data) -> Bool {
        let tail = [UInt8](data.suffix(4096))
        return zip(tail, tail.dropFirst()).contains { $0 == 0xFF && $1 == 0xD9 }
    }

    /// Loads Leptonica the first time an image is read: nil, or why it cannot be (not installed),
    /// which is then the error of every image. Leptonica prints its errors on stderr unless told
    /// not to; our errors say it instead.
    static let unavailable: String? = {
        if let reason = ce_leptonica_load() { return "the image reader is missing: " + String(cString: reason) }
        _ = ce_setMsgSeverity(Int32(CE_L_SEVERITY_NONE))
        return nil
    }()

    /// How pixels become gray: `luminance` (0.3 R + 0.59 G + 0.11 B) or `red` (the red channel,
    /// in which red seals and stamps are as bright as the paper while black print stays dark).
    enum GrayMode: Sendable { case luminance, red }

    /// Page `index` (0-based) in 8-bit gray at its own resolution (`dpi` from the file, or, when
    /// the file says nothing believable, the resolution that makes the page A4-wide); `speckled`
    /// when it holds only black and white and `Speckle` finds it so.
    func page(_ index: Int, gray mode: GrayMode = .luminance) throws -> GrayImage {
        try checkHeader(index)
        let pix: OpaquePointer? = data.withUnsafeBytes { raw in
            let base = raw.bindMemory(to: UInt8.self).baseAddress
            return kind == .tiff ? ce_pixReadMemTiff(base, raw.count, Int32(index)) : ce_pixReadMem(base, raw.count)
        }
        var owned = pix
        defer { ce_pixDestroy(&owned) }
        guard let pix else { throw damaged(index, "cannot be decoded (truncated or not a \(kind.rawValue.uppercased()) image)") }
        var grayOwned = Self.gray(pix, mode: mode)
        defer { ce_pixDestroy(&grayOwned) }
        guard let gray = grayOwned else { throw damaged(index, "has a pixel format that cannot be converted to gray") }
        let width = Int(ce_pixGetWidth(gray)), height = Int(ce_pixGetHeight(gray))
        let wpl = Int(ce_pixGetWpl(gray))
        guard width > 0, height > 0, let words = ce_pixGetData(gray) else { throw damaged(index, "is empty") }
        var pixels = [UInt8](repeating: 255, count: width * height)
        words.withMemoryRebound(to: UInt8.self, capacity: wpl * 4 * height) { bytes in
            for y in 0..<height {
                let row = bytes + y * wpl * 4
                for x in 0..<width {
                    // Leptonica keeps bytes big-endian inside each 32-bit word.
                    pixels[y * width + x] = row[x ^ 3]
                }
            }
        }
        let xres = Int(ce_pixGetXRes(pix))
        let dpi = (72...2400).contains(xres) ? Double(xres) : Self.a4Resolution(width: width, height: height)
        var image = GrayImage(width: width, height: height, pixels: pixels, dpi: dpi)
        // Black and white only (1-bit, or 8-bit holding two levels, as a PDF's image is judged).
        image.speckled = (ce_pixGetDepth(pix) == 1 || pixels.allSatisfy { $0 == 0 || $0 == 255 }) && Speckle.isSpeckled(image)
        return image
    }

    /// The resolution at which a page image of this size is A4 (210 × 297 mm), by its shorter side.
    static func a4Resolution(width: Int, height: Int) -> Double {
        max(Double(min(width, height)) / (210 / 25.4), 36)
    }

    private func damaged(_ index: Int, _ what: String) -> ExtractionError {
        .damaged(fileName, reason: pageCount > 1 ? "page \(index + 1) of the \(kind.rawValue.uppercased()) \(what)"
                                                 : "the \(kind.rawValue.uppercased()) image \(what)")
    }

    /// Refuses a page whose header announces more than `maxPixels`, before any decoding.
    private func checkHeader(_ index: Int) throws {
        var w: Int32 = 0, h: Int32 = 0, bps: Int32 = 0, spp: Int32 = 0, res: Int32 = 0, cmap: Int32 = 0, format: Int32 = 0
        let ok = data.withUnsafeBytes { raw -> Bool in
            let base = raw.bindMemory(to: UInt8.self).baseAddress
            if kind == .tiff {
                return ce_readHeaderMemTiff(base, raw.count, Int32(index), &w, &h, &bps, &spp, &res, &cmap, &format) == 0
            }
            return ce_pixReadHeaderMem(base, raw.count, &format, &w, &h, &bps, &spp, &cmap) == 0
        }
        guard ok, w > 0, h > 0 else { throw damaged(index, "has no readable header (truncated or damaged)") }
        guard Int(w) * Int(h) <= Self.maxPixels else {
            throw damaged(index, "is \(w)×\(h) pixels, more than the limit of \(Self.maxPixels / 1_000_000) megapixels a page")
        }
    }

    private static func tiffPageCount(_ data: Data, fileName: String) throws -> Int {
        var count: Int32 = 0
        let ok = data.withUnsafeBytes { raw -> Bool in
            guard let file = ce_fopenReadFromMemory(raw.bindMemory(to: UInt8.self).baseAddress, raw.count) else { return false }
            defer { fclose(file) }
            return ce_tiffGetCount(file, &count) == 0
        }
        guard ok else { throw ExtractionError.damaged(fileName, reason: "the TIFF cannot be read (truncated or damaged)") }
        return Int(count)
    }

    /// An 8-bit gray copy of `pix` (any depth, colormapped or not); the caller destroys it.
    private static func gray(_ pix: OpaquePointer, mode: GrayMode) -> OpaquePointer? {
        var source: OpaquePointer? = pix
        var uncolored: OpaquePointer?
        defer { if uncolored != nil { ce_pixDestroy(&uncolored) } }
        if ce_pixGetColormap(pix) != nil {
            uncolored = ce_pixRemoveColormap(pix, Int32(CE_REMOVE_CMAP_BASED_ON_SRC))
            source = uncolored
        }
        guard let source else { return nil }
        switch ce_pixGetDepth(source) {
        case 32 where mode == .red:
            return ce_pixGetRGBComponent(source, Int32(CE_COLOR_RED))
        case 16:
            // The high byte where the samples use the whole 16 bits (a scanner's), the low byte
            // where they stop below 256 (8-bit levels stored in 16).
            return ce_pixConvert16To8(source, Int32(CE_L_AUTO_BYTE))
        default:
            return ce_pixConvertTo8(source, 0)
        }
    }
}

extension GrayImage {
    /// The image as PNG bytes (lossless; 8-bit gray), with its resolution, for the review page.
    /// The PIX and Leptonica's output buffer are freed here.
    func png() throws -> Data {
        if let reason = ImageFile.unavailable { throw ExtractionError.unreadable("page image", reason: reason) }
        guard width > 0, height > 0, let pix = ce_pixCreate(Int32(width), Int32(height), 8) else {
            throw ExtractionError.damaged("page image", reason: "cannot allocate a \(width)×\(height) image")
        }
        var owned: OpaquePointer? = pix
        defer { ce_pixDestroy(&owned) }
        let wpl = Int(ce_pixGetWpl(pix))
        guard let words = ce_pixGetData(pix) else { throw ExtractionError.damaged("page image", reason: "empty image") }
        words.withMemoryRebound(to: UInt8.self, capacity: wpl * 4 * height) { bytes in
            pixels.withUnsafeBufferPointer { source in
                for y in 0..<height {
                    let row = bytes + y * wpl * 4
                    for x in 0..<width { row[x ^ 3] = source[y * width + x] }  // big-endian within each word
                }
            }
        }
        let resolution = Int32(dpi.rounded())
        ce_pixSetResolution(pix, resolution, resolution)
        var out: UnsafeMutablePointer<UInt8>?
        var size = 0
        guard ce_pixWriteMem(&out, &size, pix, Int32(CE_IFF_PNG)) == 0, let out else {
            throw ExtractionError.damaged("page image", reason: "cannot be encoded as PNG")
        }
        defer { ce_lept_free(out) }
        return Data(bytes: out, count: size)
    }
}
