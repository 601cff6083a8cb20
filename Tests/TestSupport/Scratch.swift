import Foundation

/// A fresh, empty directory under the system's temporary directory for one test, named
/// `<prefix>-<UUID>` so parallel tests never share one.
public enum Scratch {
    public static func directory(_ prefix: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
