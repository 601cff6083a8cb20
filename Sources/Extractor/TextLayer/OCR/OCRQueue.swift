import Foundation

/// Keeps the OCR engine busy while the caller prepares the next page and lays out the last one.
/// `start` loads the engine on the queue's thread while the caller renders its first page;
/// `submit` hands a page image to the engine on that thread and returns at once; `Reading.wait`
/// gives the engine's answer (nil when no engine could read the page, as a failed
/// `OCREngines.recognize` gives). Pages are read one at a time, in the order submitted, by the
/// engines the caller names; a caller that waits for each reading before it submits one more
/// page image than it is laying out holds at most two images at once.
final class OCRQueue: @unchecked Sendable {
    /// A page handed to the engine: its answer, once read.
    final class Reading: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var page: OCRPage?

        fileprivate func finish(_ page: OCRPage?) {
            self.page = page
            done.signal()
        }

        /// Blocks until the engine has read the page; the answer (nil: no engine could read it).
        /// Called once.
        func wait() -> OCRPage? {
            done.wait()
            return page
        }
    }

    private let engines: OCREngines
    private let kind: OCREngineKind
    private let queue = DispatchQueue(label: "contract-extract.ocr")
    private let lock = NSLock()
    private var note: String?

    init(engines: OCREngines, kind: OCREngineKind) {
        self.engines = engines
        self.kind = kind
    }

    /// Starts the engine on the queue's thread (`OCREngines.start`); returns at once.
    func start() {
        queue.async { [engines, kind] in engines.start(kind) }
    }

    /// Hands `image` to the engine after every page submitted before it; returns at once.
    func submit(_ image: GrayImage) -> Reading {
        let reading = Reading()
        queue.async { [self] in
            let page = try? engines.recognize(image, kind: kind) { why in lock.withLock { note = why } }
            reading.finish(page)
        }
        return reading
    }

    /// Why another engine than the one asked for read a page (the last reason given), once the
    /// readings waited for are in; nil when the engine asked for read them all.
    var fallback: String? { lock.withLock { note } }
}
