import Foundation

/// Writes a whole file durably and all at once: to a short temporary name beside the target (so
/// a long target name never pushes it past the 255-byte limit), `fsync`, `rename` over the
/// target, `fsync` of the directory. When it returns, the file is on disk; when it throws, the
/// target is untouched and no temporary file is left. The one writer of whole output files: the
/// CLI's `-o`, goldens, and batch records (through `DurableFile`, which adds its fault injection).
public enum AtomicFile {
    /// A failed write (ENOSPC, EIO, ENOENT …): the C error number and its text.
    public struct Failure: Error, CustomStringConvertible {
        public var code: Int32
        public var description: String { String(cString: strerror(code)) }
    }

    public static func write(_ data: Data, to url: URL) throws {
        try write(data, to: url.path)
    }

    public static func write(_ data: Data, to path: String) throws {
        try write(to: path) { piece in piece(data) }
    }

    /// The same for content made in pieces (a large record as it is encoded): `produce` hands
    /// each piece, in order, to the function it is given. The target changes only when every
    /// piece is written and `produce` has returned; when either fails, it is untouched.
    public static func write(to path: String, produce: (_ piece: (Data) -> Void) throws -> Void) throws {
        let parent = (path as NSString).deletingLastPathComponent
        let directory = parent.isEmpty ? "." : parent
        let temp = "\(directory)/.ce-\(getpid())-\(UInt32.random(in: 0...UInt32.max))@\(host).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw Failure(code: errno) }
        var failure: Int32 = 0
        var offset: off_t = 0
        do {
            try produce { piece in
                guard failure == 0 else { return }
                if writeAll(fd, piece, at: offset) { offset += off_t(piece.count) } else { failure = errno }
            }
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temp, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temp)
            throw Failure(code: failure)
        }
        syncDirectory(directory)
    }

    /// This machine's name as temporary names carry it (`.ce-<pid>-<n>@<host>.tmp`): batches on
    /// several machines share one output directory, and only this machine can tell whether one
    /// of its processes is gone.
    public static let host: String = {
        let name = ProcessInfo.processInfo.hostName.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." || $0 == "-") }
        return String(String.UnicodeScalarView(name.prefix(64)))
    }()

    /// `pwrite` until every byte is written; false with `errno` set when one fails.
    public static func writeAll(_ fd: Int32, _ data: Data, at start: off_t) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return true }
            var done = 0
            while done < raw.count {
                let n = pwrite(fd, base + done, raw.count - done, start + off_t(done))
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                if n == 0 { errno = ENOSPC; return false }
                done += n
            }
            return true
        }
    }

    static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
