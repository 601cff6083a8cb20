import Foundation

/// Keeps the OCR engine busy while the caller prepares the next page and lays out the last one.
/// `start` loads the engine on the queue's thread while the caller renders its first page;
/// `submit` hands a page image to the engine on that thread and returns at once; `Reading.wait`
/// gives the engine's answer (nil when no engine could read the page, as a failed
/// `OCREngines.recognize` gives). Pages are read one at a time, in the order submitted, by the
/// engines the caller names. A caller that has at most one page with the engine besides the one
/// it lays out holds at most two page images at once; one that stops early (an error) waits for
/// what it submitted (`waitForAll`), so no page is still being read for a document given up.
final class OCRQueue: @unchecked Sendable {
    /// A page handed to the engine: its answer, once read.
    final class Reading: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var page: OCRPage?
        /// The answer was taken (by the one thread that waits).
        private var taken = false

        fileprivate func finish(_ page: OCRPage?) {
            self.page = page
            done.signal()
        }

        /// Blocks until the engine has read the page; the answer (nil: no engine could read it).
        /// Waiting again gives the same answer at once.
        func wait() -> OCRPage? {
            if !taken {
                done.wait()
                taken = true
            }
            return page
        }

        /// `wait()`, giving up at `deadline` (then `.none`).
        func wait(until deadline: DispatchTime) -> OCRPage?? {
            if !taken {
                guard done.wait(timeout: deadline) == .success else { return .none }
                taken = true
            }
            return .some(page)
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
    /// `starting` runs on the engine's thread just before the engine reads the page (a terminal's
    /// `OCR page 3/18` then names the page being read).
    func submit(_ image: GrayImage, starting: (@Sendable () -> Void)? = nil) -> Reading {
        let reading = Reading()
        queue.async { [self] in
            starting?()
            let page = try? engines.recognize(image, kind: kind) { why in lock.withLock { note = why } }
            reading.finish(page)
        }
        return reading
    }

    /// Blocks until every page submitted so far has been read (the engine is then free for the
    /// next document).
    func waitForAll() {
        queue.sync {}
    }

    /// Why another engine than the one asked for read a page (the last reason given), once the
    /// readings waited for are in; nil when the engine asked for read them all.
    var fallback: String? { lock.withLock { note } }
}
