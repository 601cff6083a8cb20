import Foundation
import Testing
import TestSupport
@testable import Batch

/// Finding 4 of issue 17: a 31 MB record coming back from a worker (`--ndjson`) must be read in
/// one pass. A real child process speaks the worker protocol here (a shell: header line, raw
/// record bytes, newline); the old loop rescanned and shifted its whole buffer per 64 KB chunk
/// and took minutes on this.
@Suite("Worker answers", .slowLane)
struct WorkerAnswerTests {
    static func shell(_ script: String) throws -> WorkerProcess {
        try WorkerProcess(executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", script])
    }

    @Test("a 31 MB record is read whole, fast, byte for byte")
    func largeRecord() throws {
        let size = 31 << 20
        let worker = try Self.shell("read request; printf '{\"ok\":true,\"interim\":true,\"pages\":3}\\n{\"ok\":true,\"bytes\":\(size)}\\n'; head -c \(size) /dev/zero | tr '\\0' 'a'; printf '\\n'; read more")
        defer { worker.stop() }
        var pages: Int?
        let started = Date()
        let outcome = worker.handle(WorkerRequest(input: "x.txt", output: nil), deadline: { _ in 60 }, memoryLimitMB: 4096, onPages: { pages = $0 })
        let seconds = Date().timeIntervalSince(started)
        guard case .answered(let response, let record?) = outcome else { Issue.record("got \(outcome)"); return }
        #expect(response.ok && pages == 3)
        #expect(record.count == size && record.first == 0x61 && record.last == 0x61)
        #expect(seconds < 10, "read in \(seconds) s")
    }

    @Test("a record cut short (the worker dies mid-answer) is a crash, not a record")
    func cutShort() throws {
        let worker = try Self.shell("read request; printf '{\"ok\":true,\"bytes\":1000}\\n'; head -c 500 /dev/zero; exit 3")
        let outcome = worker.handle(WorkerRequest(input: "x.txt", output: nil), deadline: { _ in 60 }, memoryLimitMB: 4096)
        #expect(outcome == .crashed("crashed: exit status 3"))
    }

    @Test("the deadline from the page count: a worker that reports pages gets base + per page")
    func pagesExtendDeadline() throws {
        let worker = try Self.shell("read request; printf '{\"ok\":true,\"interim\":true,\"pages\":2}\\n'; sleep 1.5; printf '{\"ok\":true}\\n'; read more")
        defer { worker.stop() }
        let outcome = worker.handle(WorkerRequest(input: "x.pdf", output: nil), deadline: { pages in 0.5 + Double(pages ?? 0) * 1.0 }, memoryLimitMB: 4096)
        #expect(outcome == .answered(WorkerResponse(ok: true), record: nil))
        let slow = try Self.shell("read request; sleep 3; printf '{\"ok\":true}\\n'")
        #expect(slow.handle(WorkerRequest(input: "x.pdf", output: nil), deadline: { _ in 0.5 }, memoryLimitMB: 4096) == .timedOut(seconds: 1))
    }
}
