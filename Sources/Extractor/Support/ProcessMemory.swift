import Foundation

/// Resident memory of a process as Linux reports it in /proc/<pid>/status: the current size
/// (`VmRSS`) and the peak (`VmHWM`), in MB; 0 where the file does not exist (the process is
/// gone, or not Linux). Used by the memory test, the `cycles` diagnostic and the batch's watch
/// over its workers.
public enum ProcessMemory {
    /// This process's current resident size.
    public static func residentMegabytes() -> Double {
        field("VmRSS:", of: "self")
    }

    /// Another process's current resident size.
    public static func residentMegabytes(of pid: Int32) -> Double {
        field("VmRSS:", of: "\(pid)")
    }

    /// This process's peak resident size so far.
    public static func peakMegabytes() -> Double {
        field("VmHWM:", of: "self")
    }

    /// A process's peak resident size so far.
    public static func peakMegabytes(of pid: Int32) -> Double {
        field("VmHWM:", of: "\(pid)")
    }

    private static func field(_ name: String, of process: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/\(process)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kb / 1024
    }
}
