import Foundation

/// PP-OCRv4 (PaddleOCR's mobile detection + recognition models on ONNX Runtime, from the PyPI
/// package `rapidocr_onnxruntime`) through its worker process. Every character comes with its
/// own box (the recognizer's character positions; a run of Latin letters or digits shares its
/// run's box in equal parts) and its score × 100. A worker that dies is restarted once; when
/// the restart fails too, `recognize` throws and the caller falls back to Tesseract. A speckled
/// bilevel page (a fax: `Speckle`) is median-filtered first (`GrayImage.median3x3`).
final class PPOCREngine: OCREngine {
    var kind: OCREngineKind { .ppocr }
    private let location: OCRWorkerLocation
    private let threads: Int
    private var worker: PPOCRWorker?
    private var restarted = false

    init(location: OCRWorkerLocation = .find(), threads: Int = 0) throws {
        self.location = location
        self.threads = threads
        worker = try PPOCRWorker(location: location, threads: threads)
    }

    var version: String { worker?.version ?? "?" }
    /// The worker's process id (tests kill it to see the restart).
    var workerPID: Int32? { worker?.pid }

    func recognize(_ page: GrayImage) throws -> OCRPage {
        // A speckled page's specks and dropouts hide thin strokes from the detector; Tesseract,
        // which binarizes on its own, read the fax copies no better after the filter (19.1 → 21.5%
        // and 10.7 → 10.1% character errors), so only this engine gets it.
        let image = page.speckled ? page.median3x3() : page
        let answer: PPOCRWorker.Answer
        do {
            guard let worker else { throw OCRError.unavailable("the PP-OCR worker is not running") }
            answer = try worker.recognize(image)
        } catch {
            guard !restarted else { worker = nil; throw error }
            restarted = true
            worker = nil
            worker = try PPOCRWorker(location: location, threads: threads)
            answer = try worker!.recognize(image)
        }
        if let error = answer.error { throw OCRError.pageFailed(error) }
        let rotation = answer.rotation ?? 0
        return OCRPage(symbols: Self.symbols(answer.lines ?? [], dpi: image.dpi), rotation: [90, 180, 270].contains(rotation) ? rotation : 0)
    }

    /// The answer's characters in the worker's line order, boxes scaled from pixels to points.
    static func symbols(_ lines: [PPOCRWorker.Answer.Line], dpi: Double) -> [OCRSymbol] {
        let scale = 72 / dpi
        var out: [OCRSymbol] = []
        for line in lines {
            for (k, char) in line.chars.enumerated() {
                let xs = char.box.compactMap { $0.first }, ys = char.box.compactMap { $0.count > 1 ? $0[1] : nil }
                guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else { continue }
                let rect = Rect(x0: x0 * scale, y0: y0 * scale, x1: x1 * scale, y1: y1 * scale)
                for (j, scalar) in char.text.unicodeScalars.enumerated() where !scalar.properties.isWhitespace {
                    out.append(OCRSymbol(scalar: scalar, rect: rect, confidence: char.score * 100,
                                         startsWord: j == 0 && (k == 0 || char.space == true)))
                }
            }
        }
        return out
    }
}
