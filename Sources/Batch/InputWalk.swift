import Foundation

/// Walks the directories of a batch with the file system's own bytes for names, and accounts
/// for every entry it meets: a supported file becomes a candidate; anything else is reported,
/// never dropped in silence. Symbolic links are followed; a dangling link, a loop (a directory
/// that leads back to one of its ancestors) and a directory reached a second time are reported.
/// Hidden entries (name starting with `.`) are listed as unsupported, hidden directories once,
/// unsearched. `excluded` entries (the batch's own output) are passed over.
struct InputWalk {
    struct FileID: Hashable { var device: UInt64; var inode: UInt64 }
    struct Candidate { var path: [UInt8]; var relative: [[UInt8]]; var size: Int }

    static let maxDepth = 64
    var excluded: Set<FileID> = []
    private(set) var candidates: [Candidate] = []
    private(set) var problems: [BatchFailure] = []
    private var visited: Set<FileID> = []

    static func id(of path: [UInt8]) -> (FileID, stat)? {
        var info = stat()
        guard PathBytes.cString(path, { stat($0, &info) }) == 0 else { return nil }
        return (FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)), info)
    }

    static func isDirectory(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }
    static func isRegular(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFREG }

    /// One path as the user gave it: a directory is searched, a file is taken whatever its
    /// extension.
    mutating func add(argument: String) {
        var bytes = Array(argument.utf8)
        while bytes.count > 1, bytes.last == 0x2F { bytes.removeLast() }
        guard let (id, info) = Self.id(of: bytes) else {
            let reason = errno == ELOOP ? "symbolic link loop" : String(cString: strerror(errno)).lowercased()
            problems.append(BatchFailure(path: argument, error: "\(argument): \(reason)", exitStatus: 66))
            return
        }
        if Self.isDirectory(info) {
            guard visited.insert(id).inserted else { return }
            directory(bytes, relative: [], ancestors: [id], depth: 0)
        } else if Self.isRegular(info) {
            candidates.append(Candidate(path: bytes, relative: [PathBytes.baseName(bytes)], size: Int(info.st_size)))
        } else {
            // A FIFO or a device (`/dev/stdin`, `/dev/zero`) would block or never end.
            report(bytes, "not a regular file (device, pipe or socket)", status: 65, kind: .unsupported)
        }
    }

    private mutating func directory(_ dir: [UInt8], relative: [[UInt8]], ancestors: Set<FileID>, depth: Int) {
        guard let handle = PathBytes.cString(dir, { opendir($0) }) else {
            report(dir, "cannot read directory (\(String(cString: strerror(errno))))", status: 66)
            return
        }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw -> [UInt8] in
                let bytes = raw.bindMemory(to: UInt8.self)
                return Array(bytes.prefix(while: { $0 != 0 }))
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        closedir(handle)
        names.sort { $0.lexicographicallyPrecedes($1) }
        for name in names {
            let child = dir == [0x2F] ? dir + name : dir + [0x2F] + name
            var linkInfo = stat()
            let isLink = PathBytes.cString(child, { lstat($0, &linkInfo) }) == 0 && (linkInfo.st_mode & S_IFMT) == S_IFLNK
            guard let (id, info) = Self.id(of: child) else {
                let error = errno
                if isLink {
                    report(child, error == ELOOP ? "symbolic link loop" : error == ENOENT ? "dangling symbolic link (its target does not exist)"
                           : "symbolic link: \(String(cString: strerror(error)))", status: 66)
                } else {
                    report(child, "cannot read (\(String(cString: strerror(error))))", status: 66)
                }
                continue
            }
            if excluded.contains(id) { continue }
            let isDirectory = Self.isDirectory(info)
            if name.first == 0x2E {
                report(child, isDirectory ? "hidden directory, not searched" : "hidden file, not converted", status: 65, kind: .unsupported)
                continue
            }
            if isDirectory {
                if ancestors.contains(id) {
                    report(child, "symbolic link loop (leads back to a directory above it)", status: 66)
                } else if depth + 1 >= Self.maxDepth {
                    report(child, "directory nested deeper than \(Self.maxDepth) levels, not searched", status: 66)
                } else if !visited.insert(id).inserted {
                    report(child, "directory already searched through another path", status: 65, kind: .unsupported)
                } else {
                    directory(child, relative: relative + [name], ancestors: ancestors.union([id]), depth: depth + 1)
                }
            } else if Self.isRegular(info) {
                let ext = Self.pathExtension(name)
                if BatchInputs.extensions.contains(ext.lowercased()) {
                    candidates.append(Candidate(path: child, relative: relative + [name], size: Int(info.st_size)))
                } else {
                    let what = ext.isEmpty ? "no extension" : ".\(ext)"
                    report(child, "unsupported format (\(what)): only .pdf, .txt, .docx, .html, .jpg, .png and .tif are converted", status: 65, kind: .unsupported)
                }
            } else {
                report(child, "not a regular file (device, pipe or socket)", status: 65, kind: .unsupported)
            }
        }
    }

    static func pathExtension(_ name: [UInt8]) -> String {
        guard let dot = name.lastIndex(of: 0x2E), dot > 0 else { return "" }
        return PathBytes.display(Array(name[(dot + 1)...]))
    }

    private mutating func report(_ path: [UInt8], _ reason: String, status: Int32, kind: BatchFailure.Kind = .failed) {
        let shown = PathBytes.display(path)
        problems.append(BatchFailure(path: shown, pathHex: PathBytes.isUTF8(path) ? nil : PathBytes.hex(path),
                                     error: "\(shown): \(reason)", exitStatus: status, kind: kind))
    }
}
