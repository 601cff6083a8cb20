import Extractor
import Foundation

/// A write that failed (ENOSPC, EIO, EDQUOT…), with the file it was for: the record is then a
/// failure with exit status 74, never counted converted.
public struct WriteFailure: Error, CustomStringConvertible {
    public var path: String
    public var code: Int32
    public var description: String { "\(path): cannot write output (\(String(cString: strerror(code))))" }
}

/// Writes a whole file durably (`AtomicFile`), creating its directory first, and names the
/// file in the error.
///
/// Test-only fault injection: with `CONTRACT_EXTRACT_TEST_FAIL_WRITES=<text>` in the
/// environment, every durable write whose target or label contains `<text>` fails with ENOSPC,
/// as on a full disk. The batch tests use it where no small file system can be mounted.
public enum DurableFile {
    public static func write(_ data: Data, to path: String, label: String? = nil) throws {
        if let code = injectedFailure(path, label) { throw WriteFailure(path: path, code: code) }
        let directory = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        try makeDirectories(directory, for: path)
        do {
            try AtomicFile.write(data, to: path)
        } catch let failure as AtomicFile.Failure {
            throw WriteFailure(path: path, code: failure.code)
        }
    }

    private static func makeDirectories(_ directory: String, for path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw WriteFailure(path: path, code: ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).map { Int32($0.code) } ?? EIO)
        }
    }

    static func injectedFailure(_ path: String, _ label: String?) -> Int32? {
        guard let needle = ProcessInfo.processInfo.environment["CONTRACT_EXTRACT_TEST_FAIL_WRITES"], !needle.isEmpty else { return nil }
        return path.contains(needle) || (label?.contains(needle) ?? false) ? ENOSPC : nil
    }
}

/// A file that only grows by whole lines (`--ndjson` records, the `--out` journal), with one
/// writer (the batch holding the output lock). A line is written with `pwrite` at the end and,
/// when `durable`, `fdatasync`'d; if either fails, the file is cut back to where it was, so a
/// full disk never leaves a torn or corrupt line behind, and the caller gets the error.
final class LineFile {
    let path: String
    private let fd: Int32
    private let durable: Bool
    private(set) var end: off_t

    init(path: String, durable: Bool) throws {
        self.path = path
        self.durable = durable
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw WriteFailure(path: path, code: errno) }
        end = lseek(fd, 0, SEEK_END)
    }

    deinit { close(fd) }

    /// Appends `line` (which must end with a newline) whole, or not at all.
    func append(_ line: Data, label: String? = nil) throws {
        if let code = DurableFile.injectedFailure(path, label) { throw WriteFailure(path: path, code: code) }
        if !AtomicFile.writeAll(fd, line, at: end) || (durable && fdatasync(fd) != 0) {
            let code = errno
            _ = ftruncate(fd, end)
            throw WriteFailure(path: path, code: code)
        }
        end += off_t(line.count)
    }
}
