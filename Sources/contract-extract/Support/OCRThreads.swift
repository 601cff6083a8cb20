import Foundation

/// Tesseract's OpenMP threads make OCR 5× slower on a loaded machine (6–7 s a page against
/// 1.1–1.4 s), and libgomp reads `OMP_THREAD_LIMIT` only when it loads — before `main` runs. So
/// the process sets it and replaces itself once (`execv` of the same binary, same arguments);
/// the second start finds it set and goes on. Parallelism comes from worker processes instead.
enum OCRThreads {
    static func limitToOne() {
        guard getenv("OMP_THREAD_LIMIT") == nil else { return }
        setenv("OMP_THREAD_LIMIT", "1", 1)
        var argv: [UnsafeMutablePointer<CChar>?] = CommandLine.arguments.map { strdup($0) }
        argv.append(nil)
        execv("/proc/self/exe", argv)
        // execv returned: it failed. Run on, just slower.
        for p in argv { free(p) }
    }
}
