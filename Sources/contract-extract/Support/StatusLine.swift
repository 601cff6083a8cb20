import Foundation

/// One line of progress on stderr, redrawn in place, only when stderr is a terminal — so long
/// waits (OCR, `regress`) are not silent, and pipes and logs get nothing but results and errors.
/// At most ten redraws a second; `clear()` erases it before the real output.
final class StatusLine: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private var last = Date.distantPast
    private var shown = false

    init(enabled: Bool = isatty(STDERR_FILENO) != 0) {
        self.enabled = enabled
    }

    /// Shows `text`; `force` draws it even within a tenth of a second of the last one.
    func show(_ text: String, force: Bool = false) {
        guard enabled else { return }
        lock.withLock {
            let now = Date()
            guard force || now.timeIntervalSince(last) >= 0.1 else { return }
            last = now
            shown = true
            FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
        }
    }

    func clear() {
        guard enabled else { return }
        lock.withLock {
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            shown = false
        }
    }
}
