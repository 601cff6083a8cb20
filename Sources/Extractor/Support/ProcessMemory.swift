import Foundation

/// Resident memory of a process as Linux reports it in /proc/<pid>/status: the current size
/// (`VmRSS`) and the peak (`VmHWM`), in MB; 0 where the file does not exist (the process is
/// gone, or not Linux); also a process with all it started (`treeResidentMegabytes`). Used by
/// the memory test, the `cycles` diagnostic and the batch's watch over its workers.
public enum ProcessMemory {
    /// This process's current resident size.
    public static func residentMegabytes() -> Double {
        field("VmRSS:", of: "self")
    }

    /// Another process's current resident size.
    public static func residentMegabytes(of pid: Int32) -> Double {
        field("VmRSS:", of: "\(pid)")
    }

    /// A process's current resident size together with that of every process it started, and
    /// they started (a batch worker's PP-OCR engine is a Python process of its own, often the
    /// larger part). Children are found through /proc/<pid>/task/<tid>/children.
    public static func treeResidentMegabytes(of pid: Int32) -> Double {
        var total = 0.0
        var pending = [pid], seen: Set<Int32> = []
        while let next = pending.popLast(), seen.count < 4096 {
            guard seen.insert(next).inserted else { continue }
            total += residentMegabytes(of: next)
            pending += children(of: next)
        }
        return total
    }

    /// The processes `pid` started (every thread's), by pid.
    static func children(of pid: Int32) -> [Int32] {
        guard let threads = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task") else { return [] }
        return threads.flatMap { thread -> [Int32] in
            guard let list = try? String(contentsOfFile: "/proc/\(pid)/task/\(thread)/children", encoding: .utf8) else { return [] }
            return list.split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
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
