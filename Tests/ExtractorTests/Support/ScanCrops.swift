import Foundation
@testable import Extractor

/// Small page images for OCR tests, cut from the corpus scans at test time (so `make test` OCRs
/// crops, not pages), and image files written from them with Pillow from the project's .venv.
enum ScanCrops {
    /// The top quarter of seed-000-scan.pdf's page 1 at 200 dpi: 合同编号：【新移塔分政企产品协议…】,
    /// 中国移动通信集团新疆有限公司, 塔城地区分公司, 物联卡业务协议, 甲方：塔城市公安局.
    static let top: GrayImage = {
        let data = try! Data(contentsOf: Repo.corpus("seed-000-scan.pdf"))
        let page = try! PopplerDocument(data: data, fileName: "seed-000-scan.pdf").renderGray(at: 0, dpi: 200)
        return crop(page, y0: page.height / 8, y1: page.height / 4)
    }()

    static func crop(_ image: GrayImage, y0: Int, y1: Int) -> GrayImage {
        GrayImage(width: image.width, height: y1 - y0, pixels: Array(image.pixels[(y0 * image.width)..<(y1 * image.width)]), dpi: image.dpi)
    }

    static let python = Repo.root.appendingPathComponent(".venv/bin/python")

    /// Runs a Python snippet with the crop as a Pillow image `crop` (mode L) and `out` a
    /// directory; returns `out`.
    static func write(_ script: String) throws -> URL {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("images-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let raw = out.appendingPathComponent("crop.gray")
        try Data(top.pixels).write(to: raw)
        let prelude = """
            import sys, struct, zlib
            from PIL import Image
            out = sys.argv[1]
            crop = Image.frombytes('L', (\(top.width), \(top.height)), open(out + '/crop.gray', 'rb').read())

            """
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", prelude + script, out.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
        return out
    }
}
