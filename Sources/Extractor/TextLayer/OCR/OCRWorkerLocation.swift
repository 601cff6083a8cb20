import Foundation

/// Where the PP-OCR worker's Python and script are, looked up in this order:
/// 1. `CONTRACT_EXTRACT_PYTHON` and `CONTRACT_EXTRACT_OCR_WORKER` (each used as given, even
///    when it does not exist, so a wrong setting is reported rather than silently replaced);
/// 2. next to an installed binary: `<prefix>/lib/contract-extract/venv/bin/python` and
///    `<prefix>/lib/contract-extract/ocr-worker.py` for `<prefix>/bin/contract-extract`
///    (`make install` puts them there);
/// 3. the source tree the binary was built from (`.venv/bin/python`, `scripts/ocr-worker.py`),
///    a path fixed at build time, so `swift build` and `swift test` binaries find it.
struct OCRWorkerLocation: Equatable {
    var python: String
    var script: String

    static func find(environment: [String: String] = ProcessInfo.processInfo.environment,
                     executable: String? = Self.executablePath()) -> OCRWorkerLocation {
        var pythons: [String] = [], scripts: [String] = []
        if let exe = executable {
            let lib = URL(fileURLWithPath: exe).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("lib/contract-extract")
            pythons.append(lib.appendingPathComponent("venv/bin/python").path)
            scripts.append(lib.appendingPathComponent("ocr-worker.py").path)
        }
        pythons.append(sourceRoot.appendingPathComponent(".venv/bin/python").path)
        scripts.append(sourceRoot.appendingPathComponent("scripts/ocr-worker.py").path)
        let fm = FileManager.default
        let python = environment["CONTRACT_EXTRACT_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }
            ?? pythons.first { fm.isExecutableFile(atPath: $0) } ?? pythons.last!
        let script = environment["CONTRACT_EXTRACT_OCR_WORKER"].flatMap { $0.isEmpty ? nil : $0 }
            ?? scripts.first { fm.fileExists(atPath: $0) } ?? scripts.last!
        return OCRWorkerLocation(python: python, script: script)
    }

    /// The repository this file was compiled in (…/Sources/Extractor/TextLayer/OCR/ → root).
    static let sourceRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 { url.deleteLastPathComponent() }
        return url
    }()

    static func executablePath() -> String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first
    }
}
