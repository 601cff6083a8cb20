import Foundation

/// Tesseract's OpenMP threads make OCR 2–3× slower (53 s against 22 s for 8 pages here), and
/// libgomp reads `OMP_THREAD_LIMIT` only when it loads — before `main` runs; `omp_set_num_threads`
/// at run time does not help (tried: Tesseract sets its team size itself). So when a page is
/// about to be OCR'd (`ExtractionOptions.prepareOCR`) the process sets it and replaces itself
/// (`execv` of the same binary, same arguments); the second start finds it set and goes on.
/// Text files and native PDFs never restart. Batch workers get it from their parent.
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
