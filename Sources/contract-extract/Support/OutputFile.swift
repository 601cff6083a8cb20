import Foundation

/// An output that could not be written (exit status 74).
struct OutputError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(path): cannot write output (\(reason))" }
}

/// Writes output all at once: to a temporary file beside the target, then renamed over it, so a
/// failed run never leaves a partial file behind.
enum OutputFile {
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temp = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temp)
            if FileManager.default.fileExists(atPath: url.path) {
                _ = try FileManager.default.replaceItemAt(url, withItemAt: temp)
            } else {
                try FileManager.default.moveItem(at: temp, to: url)
            }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw OutputError(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    static func writeStdout(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }
}
