import Extractor
import Foundation

/// One input of a batch: where it is (as bytes, and as shown to people), its digest, and where
/// its record goes.
public struct BatchInput: Sendable, Equatable {
    /// The path as shown: UTF-8, bytes that are not UTF-8 as `\xNN` (see `PathBytes.display`).
    public var path: String
    /// The path exactly as the file system has it.
    public var pathBytes: [UInt8]
    public var sha256: String
    /// The record's path inside `--out DIR`, from the input's path relative to its batch root:
    /// `sub/dir/a.pdf` → `sub/dir/a.pdf.json`. The same for every run and every shard, so shards
    /// sharing one output and later additions never clash (see `OutputNames`).
    public var outputName: String
    /// Size in bytes (text time allowance).
    public var size: Int
    /// Pages as far as the parent can tell without parsing (`PageEstimate`), for progress.
    public var estimatedPages: Int

    public init(path: String, sha256: String, outputName: String, pathBytes: [UInt8]? = nil, size: Int = 0, estimatedPages: Int = 1) {
        self.path = path
        self.pathBytes = pathBytes ?? Array(path.utf8)
        self.sha256 = sha256
        self.outputName = outputName
        self.size = size
        self.estimatedPages = estimatedPages
    }

    /// The base name as the record's `source.fileName` shows it.
    public var fileName: String { PathBytes.display(PathBytes.baseName(pathBytes)) }
    /// The base name's bytes in hex when they are not UTF-8 (`source.fileNameBytes`), else nil.
    public var fileNameHex: String? {
        let base = PathBytes.baseName(pathBytes)
        return PathBytes.isUTF8(base) ? nil : PathBytes.hex(base)
    }
}

/// What a batch found under its paths: the inputs to convert, and every other entry it met
/// (unsupported, hidden, dangling or looping links, unreadable) with a reason.
public struct BatchInventory: Sendable {
    public var inputs: [BatchInput] = []
    public var problems: [BatchFailure] = []
}

/// Finds the inputs of a batch: every `.pdf`, `.txt`, `.docx`, `.html` and page image (`.jpg`, `.png`, `.tif`) file under the given paths (files given
/// directly are taken whatever their extension), in path order, each once, with its digest;
/// `--shard K/N` keeps those whose digest falls in shard K. Nothing is dropped in silence: every
/// other entry met comes back in `problems` with its reason.
public enum BatchInputs {
    public static let extensions: Set<String> = Set(["pdf", "txt", "docx", "docm", "htm", "html"]).union(pagedImages)
    /// Page images, read by OCR: timed and estimated by pages like a PDF.
    public static let pagedImages: Set<String> = ["jpg", "jpeg", "png", "tif", "tiff"]

    /// Whether a path is timed by its pages (a PDF or a page image), not by its bytes of text.
    public static func isPaged(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".pdf") || pagedImages.contains((lower as NSString).pathExtension)
    }

    /// `excluding`: paths of the batch's own output (never taken as input).
    public static func collect(_ paths: [String], shard: Shard? = nil, excluding: [String] = []) -> BatchInventory {
        var walk = InputWalk()
        for path in excluding {
            if let (id, _) = InputWalk.id(of: Array(path.utf8)) { walk.excluded.insert(id) }
        }
        for path in paths { walk.add(argument: path) }
        var inventory = BatchInventory()
        inventory.problems = walk.problems
        // Each file once, however its path was spelled (`in/a.txt`, `./in/a.txt`, `in/x/../a.txt`).
        var seen = Set<[UInt8]>()
        let candidates = walk.candidates.filter { candidate in
            let key = String(validating: candidate.path, as: UTF8.self).map { Array(URL(fileURLWithPath: $0).standardizedFileURL.path.utf8) }
            return seen.insert(key ?? candidate.path).inserted
        }
        // Names first, over all candidates (every shard sees the same set, so the same names).
        // On a clash the input met first (under the first path given) keeps the plain name and
        // later ones get a path hash: so adding a second root to a batch later leaves the names
        // of the first root's records as they were.
        var named = candidates.map { ($0, OutputNames.name(relative: $0.relative)) }
        let clashes = Dictionary(grouping: named.indices, by: { named[$0].1 }).filter { $0.value.count > 1 }
        for (_, indices) in clashes {
            for i in indices.sorted().dropFirst() { named[i].1 = OutputNames.disambiguated(named[i].1, path: named[i].0.path) }
        }
        for (candidate, name) in named.sorted(by: { $0.0.path.lexicographicallyPrecedes($1.0.path) }) {
            let shown = PathBytes.display(candidate.path)
            do {
                let isPDF = BatchInputs.isPaged(shown)  // an image is estimated by its size, as an unparsed PDF
                let (sha, pages) = try PathBytes.withOpenFile(candidate.path) { url in
                    (try Extractor.sha256(of: url), PageEstimate.pages(of: (try? Data(contentsOf: url, options: .alwaysMapped)) ?? Data(), isPDF: isPDF))
                }
                if let shard, !shard.contains(sha) { continue }
                inventory.inputs.append(BatchInput(path: shown, sha256: sha, outputName: name, pathBytes: candidate.path, size: candidate.size,
                                                   estimatedPages: pages))
            } catch {
                inventory.problems.append(BatchFailure(path: shown, pathHex: PathBytes.isUTF8(candidate.path) ? nil : PathBytes.hex(candidate.path),
                                                       error: "\(shown): cannot read (\(error.localizedDescription))", exitStatus: 66))
            }
        }
        return inventory
    }
}

/// Record names inside `--out DIR`. Each path component relative to the batch root is kept when
/// it is UTF-8 and short enough; otherwise it becomes `<UTF-8 prefix>-<16-hex hash of its
/// bytes>` (plus its extension), so every name fits the 255-byte limit with room for the
/// temporary name, and the original bytes stay in the record's `source`.
enum OutputNames {
    /// Longest component kept as is (with `.json` and a temporary prefix it stays < 255 bytes).
    static let maxComponent = 180

    static func name(relative: [[UInt8]]) -> String {
        var parts = relative.map(component)
        parts[parts.count - 1] += ".json"
        return parts.joined(separator: "/")
    }

    static func component(_ bytes: [UInt8]) -> String {
        if bytes.count <= maxComponent, let text = String(validating: bytes, as: UTF8.self) { return text }
        let ext = InputWalk.pathExtension(bytes)
        let suffix = !ext.isEmpty && ext.utf8.count <= 10 && PathBytes.isUTF8(Array(ext.utf8)) && !ext.contains("\\") ? "." + ext : ""
        let prefix = PathBytes.utf8Prefix(bytes, limit: 96)
        let hash = PathBytes.nameHash(bytes)
        return (prefix.isEmpty ? hash : "\(prefix)-\(hash)") + suffix
    }

    /// Two inputs that would share a record name (only possible with several roots): both get
    /// the hash of their path in the name.
    static func disambiguated(_ name: String, path: [UInt8]) -> String {
        "\(name.dropLast(5))-\(PathBytes.nameHash(path)).json"
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

    /// `2-of-8`: names this shard's own journal, lock and failures files.
    public var label: String { "\(index)-of-\(count)" }
}
