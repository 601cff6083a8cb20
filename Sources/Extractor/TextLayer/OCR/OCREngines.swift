import Foundation
import Schema

/// The process's OCR engines: one of each kind, started when a page first needs it and kept for
/// every later page and document (PP-OCR's model load costs about a second). Used by one page at
/// a time (a lock). When PP-OCR cannot start, or its worker dies twice, the process says so once
/// on stderr, every document OCR'd from then on carries an `ocr-engine-fallback` diagnostic,
/// and Tesseract reads the pages: never a silent `no-text-layer`.
/// The last `memoPages` pages' answers are kept by image digest: the same page image read twice
/// in one process (the test suite reads each corpus scan in two suites) is recognized once.
final class OCREngines: @unchecked Sendable {
    static let shared = OCREngines()

    private let lock = NSLock()
    private var engines: [OCREngineKind: any OCREngine] = [:]
    /// Why PP-OCR is not used, once it failed.
    private var ppocrFailure: String?
    private var warned = false
    /// Where the one stderr warning goes (tests capture it).
    var warn: @Sendable (String) -> Void = { message in
        FileHandle.standardError.write(Data("contract-extract: \(message)\n".utf8))
    }
    /// How the PP-OCR engine is started (tests point it elsewhere).
    var makePPOCR: () throws -> any OCREngine = { try PPOCREngine() }

    /// Runs `body` with the engine for `kind` (or Tesseract when PP-OCR is unavailable), under
    /// the lock. `fellBack` receives the reason when another engine than asked had to be used.
    func recognize(_ image: GrayImage, kind: OCREngineKind, fellBack: (String) -> Void) throws -> OCRPage {
        let key = "\(kind.rawValue) \(image.width)x\(image.height) \(image.dpi) \(image.speckled) " + Checksum.sha256Hex(Data(image.pixels))
        return try lock.withLock {
            if let known = memo[key] {
                if let note = known.note { fellBack(note) }
                return known.page
            }
            var note: String?
            let page = try recognizeUnlocked(image, kind: kind) { note = $0 }
            if let note { fellBack(note) }
            if memoOrder.count >= Self.memoPages { memo[memoOrder.removeFirst()] = nil }
            memo[key] = (page, note)
            memoOrder.append(key)
            return page
        }
    }

    /// Starts the engine for `kind` now, if it is not running yet, so that its start-up (PP-OCR's
    /// worker loads its models for about a second) is over by the time a page needs it. A start
    /// that fails is remembered as `recognize` remembers it: the first page then says so once
    /// and goes to Tesseract.
    func start(_ kind: OCREngineKind) {
        lock.withLock {
            if kind == .ppocr {
                guard ppocrFailure == nil, engines[.ppocr] == nil else { return }
                do { _ = try engine(.ppocr) } catch { ppocrFailure = "\(error)" }
            } else {
                _ = try? engine(kind)
            }
        }
    }

    static let memoPages = 64
    private var memo: [String: (page: OCRPage, note: String?)] = [:]
    private var memoOrder: [String] = []

    private func recognizeUnlocked(_ image: GrayImage, kind: OCREngineKind, fellBack: (String) -> Void) throws -> OCRPage {
        if kind == .ppocr, ppocrFailure == nil {
            do {
                let engine = try engine(.ppocr)
                return try engine.recognize(image)
            } catch OCRError.pageFailed(let why) {
                // The worker lives on: only this page goes to Tesseract.
                fellBack("PP-OCR failed on a page (\(why)); that page was read by Tesseract.")
                return try engine(.tesseract).recognize(image)
            } catch {
                engines[.ppocr] = nil
                ppocrFailure = "\(error)"
            }
        }
        if kind == .ppocr, let failure = ppocrFailure {
            let message = "PP-OCR is not available (\(failure)); pages are read by Tesseract instead."
            if !warned {
                warned = true
                warn(message)
            }
            fellBack(message)
        }
        return try engine(.tesseract).recognize(image)
    }

    private func engine(_ kind: OCREngineKind) throws -> any OCREngine {
        if let engine = engines[kind] { return engine }
        let engine: any OCREngine = switch kind {
        case .ppocr: try makePPOCR()
        case .tesseract: try TesseractEngine()
        }
        engines[kind] = engine
        if kind == .tesseract, self === Self.shared, !endsAtExit {
            // Tesseract's own caches complain ("WARNING! LEAK!") at exit about an engine still
            // open: end it first (handlers registered later run earlier).
            endsAtExit = true
            atexit { OCREngines.shared.reset() }
        }
        return engine
    }
    private var endsAtExit = false

    /// Forgets every engine and failure (tests start from a clean process state).
    func reset() {
        lock.withLock {
            engines = [:]
            memo = [:]
            memoOrder = []
            ppocrFailure = nil
            warned = false
        }
    }
}
