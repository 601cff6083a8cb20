import Foundation

/// Whether a process of this machine has finished. A process that exited but was never reaped —
/// a zombie, as a killed batch's orphaned workers stay in a container whose first process does
/// not reap — still answers `kill(pid, 0)`, yet holds nothing open and will write nothing more,
/// so it counts as gone. Linux tells the two apart in /proc/<pid>/stat; elsewhere only
/// `kill(pid, 0)` is asked.
public enum ProcessLiveness {
    public static func hasEnded(_ pid: Int32) -> Bool {
        if kill(pid, 0) != 0 { return errno == ESRCH }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        // "pid (name) S ...": the state is the first field after the name, which may hold spaces or ')'.
        let state = stat[stat.index(after: close)...].drop(while: { $0 == " " }).first
        return state == "Z" || state == "X"
    }
}
