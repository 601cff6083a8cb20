/// A rendered page: 8-bit gray pixels, row by row, at `dpi` (so pixel × 72 / dpi is points).
struct GrayImage: Sendable {
    var width: Int
    var height: Int
    var pixels: [UInt8]
    var dpi: Double
}
