import Foundation
import Testing
import TestSupport

/// `--ocr-engine`, the fallback when PP-OCR cannot start, and page images through the CLI.
@Suite("OCR engines and images on the command line", .slowLane)
struct OCREngineCLITests {
    let scratch: URL = Scratch.directory("ce-ocr-engine")

    @Test("ppocr (default) and tesseract read a scanned page; a missing Python falls back to Tesseract, said once")
    func engines() throws {
        let page = scratch.appendingPathComponent("scan-page.pdf")
        try CLI.onePage(of: "seed-000-scan.pdf", page: 1, to: page)
        let ppocr = try CLI.run(["text", page.path])
        #expect(ppocr.status == 0 && ppocr.text.contains("甲方：塔城市公安局"), "\(ppocr.stderr)")
        #expect(!ppocr.stderr.contains("PP-OCR is not available"))
        let tesseract = try CLI.run(["text", "--ocr-engine", "tesseract", page.path])
        #expect(tesseract.status == 0 && tesseract.text.contains("塔城"))
        #expect(tesseract.stdout != ppocr.stdout)  // two engines, two readings

        var environment = ProcessInfo.processInfo.environment
        environment["CONTRACT_EXTRACT_PYTHON"] = "/nonexistent/python"
        let fallback = try CLI.run([page.path], environment: environment)
        #expect(fallback.status == 0)
        let warnings = fallback.stderr.split(separator: "\n").filter { $0.contains("PP-OCR is not available") }
        #expect(warnings.count == 1 && warnings[0].contains("/nonexistent/python"), "\(fallback.stderr)")
        #expect(fallback.text.contains("\"ocr-engine-fallback\"") && fallback.text.contains("塔城"))
        #expect(!fallback.text.contains("\"no-text-layer\""))
        #expect(try CLI.run(["text", "--ocr-engine", "abbyy", page.path]).status == 64)
    }

    @Test("batch converts a PNG page and lists a truncated JPEG as failed; show names the image")
    func batchImages() throws {
        let input = scratch.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let render = Process()
        render.executableURL = URL(fileURLWithPath: "/usr/bin/pdftoppm")
        render.arguments = ["-r", "150", "-gray", "-png", "-f", "1", "-l", "1", "-y", "0", "-H", "500", "-W", "1240",
                            CLI.root.appendingPathComponent("corpus/seed-000-scan.pdf").path, input.appendingPathComponent("page").path]
        try render.run()
        render.waitUntilExit()
        let png = try #require(try FileManager.default.contentsOfDirectory(atPath: input.path).first { $0.hasSuffix(".png") })
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46]).write(to: input.appendingPathComponent("broken.jpg"))
        let out = scratch.appendingPathComponent("records")
        let r = try CLI.run(["batch", input.path, "--out", out.path, "--quiet"])
        #expect(r.status == 1, "\(r.stderr)")
        let record = try String(contentsOf: out.appendingPathComponent("\(png).json"), encoding: .utf8)
        #expect(record.contains("\"format\" : \"png\"") && record.contains("塔城"))
        let failures = try String(contentsOf: out.appendingPathComponent("failures.ndjson"), encoding: .utf8)
        #expect(failures.contains("broken.jpg: the JPEG image is truncated"))
        let show = try CLI.run(["show", input.appendingPathComponent(png).path])
        #expect(show.text.hasPrefix("\(png) · PNG image, 1 page, OCR"), "\(show.text)")
    }
}
