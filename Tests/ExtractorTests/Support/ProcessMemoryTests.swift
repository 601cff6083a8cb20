import Foundation
import Testing
@testable import Extractor

/// A process's memory with the processes it started: what the batch's `--memory-mb` counts, so a
/// worker's PP-OCR process (Python, often the larger part) is inside the limit.
@Suite("Process memory")
struct ProcessMemoryTests {
    /// Starts `/bin/sh -c script` and waits until it printed its first line (it is running).
    func start(_ script: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        _ = out.fileHandleForReading.availableData  // the first line: up
        return process
    }

    /// Ends `pid` and everything it started.
    func stop(_ pid: Int32) {
        for child in ProcessMemory.children(of: pid) { stop(child) }
        kill(pid, SIGKILL)
    }

    @Test("a child's and a grandchild's resident memory are counted with the process's")
    func tree() throws {
        // sh starts sh, which starts a Python that holds 200 MB (`; :` keeps each sh from
        // replacing itself with its last command).
        let holder = FileManager.default.temporaryDirectory.appendingPathComponent("hold-\(UUID().uuidString).py")
        try """
            import time
            b = bytearray(200 << 20)
            for i in range(0, len(b), 4096): b[i] = 1
            print("up", flush=True)
            time.sleep(30)
            """.write(to: holder, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: holder) }
        let process = try start("sh -c 'python3 \(holder.path); :'; :")
        defer { stop(process.processIdentifier); process.waitUntilExit() }
        let own = ProcessMemory.residentMegabytes(of: process.processIdentifier)
        let tree = ProcessMemory.treeResidentMegabytes(of: process.processIdentifier)
        #expect(own < 20)
        #expect(tree >= 200 + own)
        let child = try #require(ProcessMemory.children(of: process.processIdentifier).first)
        #expect(ProcessMemory.children(of: child).count == 1)  // the Python, a grandchild
    }

    @Test("a process without children counts alone; a process that is gone counts 0")
    func alone() throws {
        let me = ProcessInfo.processInfo.processIdentifier
        // `sleep` is started before `up` is printed: under load, `echo up; sleep 30` was read
        // before sh had started its child.
        let process = try start("sleep 30 & echo up; wait; :")
        defer { stop(process.processIdentifier); process.waitUntilExit() }
        #expect(ProcessMemory.children(of: process.processIdentifier).count == 1)  // sleep
        let sleeper = try #require(ProcessMemory.children(of: process.processIdentifier).first)
        #expect(ProcessMemory.children(of: sleeper).isEmpty)
        // The child is sh's fork until it has become `sleep`; its size changes as it does.
        let deadline = Date().addingTimeInterval(10)
        func command() -> String { ((try? String(contentsOfFile: "/proc/\(sleeper)/comm", encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        while command() != "sleep", Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        Thread.sleep(forTimeInterval: 0.1)
        #expect(abs(ProcessMemory.treeResidentMegabytes(of: sleeper) - ProcessMemory.residentMegabytes(of: sleeper)) < 0.01)
        #expect(ProcessMemory.treeResidentMegabytes(of: Int32.max) == 0)
        #expect(ProcessMemory.treeResidentMegabytes(of: me) >= ProcessMemory.residentMegabytes(of: me))
    }
}
