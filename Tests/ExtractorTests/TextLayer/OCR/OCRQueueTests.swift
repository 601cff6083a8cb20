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

    /// The reading's page, or a failed expectation after ten seconds instead of a hang.
    static func answer(_ reading: OCRQueue.Reading, sourceLocation: SourceLocation = #_sourceLocation) -> OCRPage? {
        let got = reading.wait(until: .now() + 10)
        #expect(got != nil, "the engine never answered", sourceLocation: sourceLocation)
        return got ?? nil
    }

    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [String] = []
        func add(_ entry: String) { lock.withLock { entries.append(entry) } }
        var all: [String] { lock.withLock { entries } }
    }

    @Test("start returns at once and the engine loads meanwhile; the first page finds it loaded")
    func startsAhead() {
        let engines = OCREngines()
        let loading = DispatchSemaphore(value: 0), loaded = DispatchSemaphore(value: 0)
        let engine = HeldEngine()
        let log = Log()
        engines.makePPOCR = {
            loading.signal()
            // Released only after start has returned: a start that waited would time out here.
            log.add(loaded.wait(timeout: .now() + 10) == .success ? "loaded" : "start waited")
            return engine
        }
        let queue = OCRQueue(engines: engines, kind: .ppocr)
        queue.start()
        #expect(loading.wait(timeout: .now() + 10) == .success)
        let reading = queue.submit(Self.image(width: 7))
        loaded.signal()
        engine.release.signal()
        #expect(Self.answer(reading)?.symbols.map(\.scalar) == [Unicode.Scalar(0x4E00 + 7)!])
        #expect(log.all == ["loaded"])  // started once, and not by the caller's thread
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
        #expect(Self.answer(third)?.symbols.first?.scalar == Unicode.Scalar(0x4E00 + 4)!)
        #expect(Self.answer(first)?.symbols.first?.scalar == Unicode.Scalar(0x4E00 + 3)!)
        #expect(Self.answer(second)?.symbols.first?.scalar == Unicode.Scalar(0x4E00 + 5)!)
        #expect(first.wait()?.symbols.first?.scalar == Unicode.Scalar(0x4E00 + 3)!)  // again: the same, at once
        #expect(engine.read == [3, 5, 4])
    }

    /// An engine that takes a while over each page and says which page it read.
    final class SlowEngine: OCREngine, @unchecked Sendable {
        var kind: OCREngineKind { .ppocr }
        let log: Log
        init(log: Log) { self.log = log }
        func recognize(_ image: GrayImage) throws -> OCRPage {
            usleep(300_000)
            log.add("read")
            return OCRPage(symbols: [])
        }
    }

    @Test("a PDF read through the queue: prepareOCR runs before the engine starts, each page's progress just before it is read")
    func pdfOrder() throws {
        let engines = OCREngines()
        let log = Log()
        engines.makePPOCR = {
            log.add("start")
            return SlowEngine(log: log)
        }
        let data = try Data(contentsOf: Repo.corpus("bbj-purchase.pdf"))
        let read = try PdfTextLayer.read(data: data, fileName: "bbj-purchase.pdf", ocr: .always, engines: engines,
                                         prepareOCR: { log.add("prepare") },
                                         ocrProgress: { page, count in log.add("page \(page)/\(count)") })
        #expect(log.all == ["prepare", "start", "page 1/2", "read", "page 2/2", "read"])
        #expect(read.pages.map(\.textLayer) == [.ocr, .ocr])
    }

    @Test("an engine that cannot start: start remembers it, the page goes to Tesseract, the reason is kept", .slowLane)
    func fallsBack() throws {
        let engines = OCREngines()
        let said = OCREngineFallbackTests.Said()
        engines.warn = { said.add($0) }
        engines.makePPOCR = { throw OCRError.unavailable("no worker here") }
        let queue = OCRQueue(engines: engines, kind: .ppocr)
        queue.start()
        let page = try #require(Self.answer(queue.submit(ScanCrops.top)))
        #expect(String(String.UnicodeScalarView(page.symbols.map(\.scalar))).contains("塔城"))
        #expect(queue.fallback?.contains("no worker here") == true)
        #expect(said.lines.count == 1)
    }
}
