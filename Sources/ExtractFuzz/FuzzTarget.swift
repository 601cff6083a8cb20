import Extractor
import Foundation

/// libFuzzer entry: any bytes, as a text input, through the whole text → record path (decoding,
/// clean-up, clause parser, every mapping rule, JSON encoding). A crash or a sanitizer report
/// is a bug; an `ExtractionError` is the expected answer to junk.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    let extractor = Extractor()
    if let result = try? extractor.extract(data: bytes, fileName: "fuzz.txt") {
        _ = try? JSONEncoder().encode(result)
    }
    return 0
}

#if !FUZZING
/// Without libFuzzer (a plain build): runs the files given as arguments through the same entry,
/// so a saved crasher can be replayed with `swift run ExtractFuzz fuzz/crashers/*`.
@main
struct ReplayCrashers {
    static func main() throws {
        for path in CommandLine.arguments.dropFirst() {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            _ = data.withUnsafeBytes { fuzzOne($0.bindMemory(to: UInt8.self).baseAddress ?? UnsafePointer(bitPattern: 1)!, data.count) }
            print("ok \(path)")
        }
    }
}
#endif
