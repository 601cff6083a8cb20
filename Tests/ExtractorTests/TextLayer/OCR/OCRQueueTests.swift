import Foundation
import Testing
import TestSupport
@testable import Extractor

/// The OCR queue: the engine starts and reads on a thread of its own while the caller goes on,
/// pages are read in the order submitted and each answer goes to its own page.
@Suite("OCR queue")
struct OCRQueueTests {
    /// An engine that answers a page with one symbol naming the image's width, and that the test
    /// can hold at its start and at each page.
    final class HeldEngine: OCREngine, @unchecked Sendable {
        var kind: OCREngineKind { .ppocr }
        let reading = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var widths: [Int] = []
        var read: [Int] { lock.withLock { widths } }

        func recognize(_ image: GrayImage) throws -> OCRPage {
            reading.signal()
            guard release.wait(timeout: .now() + 10) == .success else { throw OCRError.pageFailed("never released") }
            lock.withLock { widths.append(image.width) }
            let symbol = OCRSymbol(scalar: Unicode.Scalar(0x4E00 + image.width)!, rect: Rect(x0: 0, y0: 0, x1: 1, y1: 1),
                                   confidence: 90, startsWord: true)
            return OCRPage(symbols: [symbol])
        }
    }

    static func image(width: Int) -> GrayImage {
        GrayImage(width: width, height: 2, pixels: [UInt8](repeating: 255, count: width * 2), dpi: 300)
    }

    @Test("start returns at once and the engine loads meanwhile; the first page finds it loaded")
    func startsAhead() {
        let engines = OCREngines()
        let loading = DispatchSemaphore(value: 0), loaded = DispatchSemaphore(value: 0)
        let engine = HeldEngine()
        engines.makePPOCR = {
            loading.signal()
            _ = loaded.wait(timeout: .now() + 10)
            return engine
        }
        let queue = OCRQueue(engines: engines, kind: .ppocr)
        queue.start()
        // start has returned while the engine is still loading: the caller renders meanwhile.
        #expect(loading.wait(timeout: .now() + 10) == .success)
        let reading = queue.submit(Self.image(width: 7))
        loaded.signal()
        engine.release.signal()
        #expect(reading.wait()?.symbols.map(\.scalar) == [Unicode.Scalar(0x4E00 + 7)!])
        #expect(queue.fallback == nil)
    }

    @Test("submit returns while the engine reads; pages are read in order, each answer is its page's")
    func overlapsAndKeepsOrder() {
        let engines = OCREngines()
        let engine = HeldEngine()
        engines.makePPOCR = { engine }
        let queue = OCRQueue(engines: engines, kind: .ppocr)
        let first = queue.submit(Self.image(width: 3))
        // The engine holds the first page: the caller is free, and can hand over the next pages.
        #expect(engine.reading.wait(timeout: .now() + 10) == .success)
        let second = queue.submit(Self.image(width: 5)), third = queue.submit(Self.image(width: 4))
        #expect(engine.read.isEmpty)
        for _ in 0..<3 { engine.release.signal() }
        #expect(third.wait()?.symbols.first?.scalar == Unicode.Scalar(0x4E00 + 4)!)
        #expect(first.wait()?.symbols.first?.scalar == Unicode.Scalar(0x4E00 + 3)!)
        #expect(second.wait()?.symbols.first?.scalar == Unicode.Scalar(0x4E00 + 5)!)
        #expect(engine.read == [3, 5, 4])
    }

    @Test("an engine that cannot start: start remembers it, the page goes to Tesseract, the reason is kept", .slowLane)
    func fallsBack() throws {
        let engines = OCREngines()
        let said = OCREngineFallbackTests.Said()
        engines.warn = { said.add($0) }
        engines.makePPOCR = { throw OCRError.unavailable("no worker here") }
        let queue = OCRQueue(engines: engines, kind: .ppocr)
        queue.start()
        let page = try #require(queue.submit(ScanCrops.top).wait())
        #expect(String(String.UnicodeScalarView(page.symbols.map(\.scalar))).contains("塔城"))
        #expect(queue.fallback?.contains("no worker here") == true)
        #expect(said.lines.count == 1)
    }
}
