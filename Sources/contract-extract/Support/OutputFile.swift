import Extractor
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
        try write(to: path) { piece in piece(data) }
    }

    /// The same for output made in pieces (`AtomicFile.write(to:produce:)`).
    static func write(to path: String, produce: (_ piece: (Data) -> Void) throws -> Void) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw OutputError(path: path, reason: "no such directory: \(directory.relativePath)")
        }
        guard isDirectory.boolValue else {
            throw OutputError(path: path, reason: "\(directory.relativePath) is not a directory")
        }
        do {
            try AtomicFile.write(to: path, produce: produce)
        } catch let error as AtomicFile.Failure {
            throw OutputError(path: path, reason: "\(error)")
        }
    }

    static func writeStdout(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }
}
