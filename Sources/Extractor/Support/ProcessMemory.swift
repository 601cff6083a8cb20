import Foundation

/// The resident set size of this process, as Linux reports it (`VmRSS` in /proc/self/status);
/// 0 where that file does not exist. Used by the memory test and the `cycles` diagnostic.
public enum ProcessMemory {
    public static func residentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kb / 1024
    }
}
