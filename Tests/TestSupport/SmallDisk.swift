import Foundation

/// A tiny tmpfs (root only), filled up but for a filler file that a test can delete to free space.
public struct SmallDisk {
    public let url: URL

    public init?(kilobytes: Int) {
        guard getuid() == 0 else { return nil }
        url = FileManager.default.temporaryDirectory.appendingPathComponent("smalldisk-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", url.path]
        guard (try? mount.run()) != nil else { return nil }
        mount.waitUntilExit()
        guard mount.terminationStatus == 0 else { try? FileManager.default.removeItem(at: url); return nil }
        // A small filler so that deleting it frees space mid-test.
        try? Data(count: 16 << 10).write(to: url.appendingPathComponent("filler"))
    }

    public func unmount() {
        let umount = Process()
        umount.executableURL = URL(fileURLWithPath: "/bin/umount")
        umount.arguments = ["-l", url.path]
        try? umount.run()
        umount.waitUntilExit()
        try? FileManager.default.removeItem(at: url)
    }
}
