import CProcessGuard
import Extractor
import Foundation

/// Keeps a batch worker from outliving its parent or its limits, without the parent's help: the
/// kernel kills it when the parent dies (`PR_SET_PDEATHSIG`), a watch thread checks every
/// 100 ms that the parent is still the one that started it, and enforces the worker's own
/// deadline for the current file and its own memory ceiling (its OCR engine's process
/// counted). The parent's checks come first (the worker's limits carry a grace), so these only
/// matter when the parent is gone or stuck.
public final class WorkerGuard: @unchecked Sendable {
    private let lock = NSLock()
    private var deadline: Date?
    private let parent: pid_t
    private let memoryLimitMB: Int

    /// Exit statuses of a worker that stopped itself.
    public static let parentGoneStatus: Int32 = 70, timeoutStatus: Int32 = 124, memoryStatus: Int32 = 137

    /// `parent`: the batch's pid (`CONTRACT_EXTRACT_BATCH_PARENT`); nil when run by hand.
    public init(parent: pid_t?, memoryLimitMB: Int) {
        self.parent = parent ?? getppid()
        self.memoryLimitMB = memoryLimitMB
        if parent != nil {
            _ = ce_signal_on_parent_death(SIGKILL)
            if getppid() != self.parent { _exit(Self.parentGoneStatus) }  // it died before the line above
        }
        let thread = Thread { [self] in watch() }
        thread.stackSize = 1 << 18
        thread.start()
    }

    /// A file starts: the worker stops itself `seconds` from now unless `end()` comes first.
    public func begin(seconds: Double?) {
        lock.withLock { deadline = seconds.map { Date().addingTimeInterval($0) } }
    }

    public func extend(seconds: Double) {
        lock.withLock { deadline = Date().addingTimeInterval(seconds) }
    }

    public func end() {
        lock.withLock { deadline = nil }
    }

    private func watch() {
        while true {
            usleep(100_000)
            if getppid() != parent { _exit(Self.parentGoneStatus) }
            if let deadline = lock.withLock({ deadline }), Date() > deadline { _exit(Self.timeoutStatus) }
            if memoryLimitMB > 0, Int(ProcessMemory.treeResidentMegabytes(of: getpid())) > memoryLimitMB { _exit(Self.memoryStatus) }
        }
    }
}
