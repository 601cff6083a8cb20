import Extractor
import Foundation

/// One input of a batch: where it is, its digest, and where its record goes.
public struct BatchInput: Sendable, Equatable {
    public var path: String
    public var sha256: String
    /// The record file's name in `--out DIR` (`contract.pdf.json`; `contract.pdf-1a2b3c4d.json`
    /// when two inputs share a name).
    public var outputName: String
}

/// Finds the inputs of a batch: every `.pdf`, `.txt`, `.docx` and `.html` file under the given
/// paths — and every document in a format the tool names but does not read (`.doc`, `.wps`,
/// `.rtf`, `.odt`, `.pages`, `.xlsx` …), so that it is listed as unsupported with how to
/// convert it instead of being skipped silently — (files are taken whatever their extension),
/// in path order, each once, with its digest; `--shard K/N` keeps those whose digest falls in
/// shard K. Paths that cannot be read are returned apart, so they are reported, not dropped.
public enum BatchInputs {
    public static let extensions: Set<String> = ["pdf", "txt", "docx", "docm", "htm", "html"]
    /// Named, refused with advice (exit 65), listed among the failures.
    public static let unsupportedExtensions: Set<String> = ["doc", "dot", "wps", "wpt", "rtf", "odt", "ott", "pages",
                                                            "xlsx", "xls", "et", "ods", "pptx", "ppt", "ofd", "mht", "mhtml"]

    public static func collect(_ paths: [String], shard: Shard? = nil) -> (inputs: [BatchInput], unreadable: [(String, String)]) {
        var files: [String] = []
        var unreadable: [(String, String)] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                unreadable.append((path, "\(path): no such file or directory"))
                continue
            }
            if !isDirectory.boolValue { files.append(path); continue }
            let root = URL(fileURLWithPath: path)
            let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                        options: [.skipsHiddenFiles])
            while let url = walker?.nextObject() as? URL {
                let ext = url.pathExtension.lowercased()
                guard extensions.contains(ext) || unsupportedExtensions.contains(ext),
                      (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                files.append(path.hasSuffix("/") ? path + url.path.dropFirst(root.path.count + 1) : path + "/" + url.path.dropFirst(root.path.count + 1))
            }
        }
        var seen = Set<String>()
        files = files.sorted().filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
        var inputs: [BatchInput] = []
        for file in files {
            do {
                let sha = try digest(file)
                if let shard, !shard.contains(sha) { continue }
                inputs.append(BatchInput(path: file, sha256: sha, outputName: URL(fileURLWithPath: file).lastPathComponent + ".json"))
            } catch {
                unreadable.append((file, "\(error)"))
            }
        }
        // Two inputs with one name: both get their digest in the name.
        let counts = Dictionary(grouping: inputs.indices, by: { inputs[$0].outputName })
        for (_, indices) in counts where indices.count > 1 {
            for i in indices {
                let name = URL(fileURLWithPath: inputs[i].path).lastPathComponent
                inputs[i].outputName = "\(name)-\(inputs[i].sha256.prefix(8)).json"
            }
        }
        return (inputs, unreadable)
    }

    /// SHA-256 of the file (memory-mapped, so large inputs cost no copy).
    static func digest(_ path: String) throws -> String {
        try Extractor.sha256(of: URL(fileURLWithPath: path))
    }
}

/// `--shard K/N`: the K-th of N disjoint parts of any input set, by digest, so N machines split
/// one corpus without talking to each other.
public struct Shard: Sendable, Equatable {
    public var index: Int  // 1-based
    public var count: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
        index = k
        count = n
    }

    public func contains(_ sha256: String) -> Bool {
        guard let head = UInt64(sha256.prefix(15), radix: 16) else { return false }
        return Int(head % UInt64(count)) == index - 1
    }
}
