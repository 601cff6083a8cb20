/// A rendered page: 8-bit gray pixels, row by row, at `dpi` (so pixel × 72 / dpi is points).
struct GrayImage: Sendable {
    var width: Int
    var height: Int
    var pixels: [UInt8]
    var dpi: Double
    /// Drawn from a 1-bit image (a fax, a CCITT or bilevel TIFF scan) sprinkled with specks:
    /// more than `Speckle.threshold` isolated dark pixels per megapixel of that image.
    var speckled = false
}
