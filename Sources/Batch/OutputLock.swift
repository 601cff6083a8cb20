import Extractor
import Foundation

/// An advisory lock (`flock`) on a batch's output, held for the whole run and released by the
/// kernel when the process ends, however it ends. One writer per output: a second batch on the
/// same output waits, and says so. Shards of one `--out` directory share the directory's lock
/// and each hold their own exclusive one, so shards run side by side while an unsharded batch
/// (or the same shard twice) waits.
final class OutputLock {
    private let fd: Int32

    /// `onWait` is told once, with a message naming the output, if the lock is busy.
    init(path: String, exclusive: Bool, onWait: (String) -> Void) throws {
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw WriteFailure(path: path, code: errno) }
        let mode = exclusive ? LOCK_EX : LOCK_SH
        if flock(fd, mode | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else { let code = errno; close(fd); throw WriteFailure(path: path, code: code) }
            var holder = [UInt8](repeating: 0, count: 32)
            let n = pread(fd, &holder, holder.count, 0)
            let pid = n > 0 ? String(decoding: holder.prefix(n), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : ""
            onWait("another batch\(pid.isEmpty ? "" : " (pid \(pid))") is writing to this output (lock \(path)); waiting for it to finish")
            while flock(fd, mode) != 0 {
                guard errno == EINTR else { let code = errno; close(fd); throw WriteFailure(path: path, code: code) }
            }
        }
        if exclusive {
            let pid = Data("\(getpid())\n".utf8)
            _ = ftruncate(fd, 0)
            _ = AtomicFile.writeAll(fd, pid, at: 0)
        }
    }

    deinit { close(fd) }
}
