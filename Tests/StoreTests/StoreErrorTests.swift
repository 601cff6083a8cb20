import Foundation
@testable import Store
import Testing
import TestSupport

/// A store that cannot be used says why in one line (never the password) with status 69.
@Suite("Store errors", .slowLane)
struct StoreErrorTests {
    static func error(_ location: String, mode: ContractStore.Mode = .write) -> StoreError? {
        do {
            _ = try ContractStore(StoreLocation(location), mode: mode)
            return nil
        } catch {
            return error as? StoreError
        }
    }

    @Test func unreachableServer() {
        let e = Self.error("postgres://ce:pw@127.0.0.1:1/contracts?sslmode=disable")
        #expect(e?.exitStatus == 69)
        #expect(e?.description == "postgres://ce:***@127.0.0.1:1/contracts: cannot connect to the PostgreSQL server at 127.0.0.1:1 (connection refused)")
    }

    @Test(.enabled(if: TestPostgres.enabled, TestPostgres.skipNote))
    func wrongPasswordAndMissingDatabase() throws {
        let admin = try #require(TestPostgres.url, "CE_TEST_POSTGRES_URL is not set")
        guard case .postgres(var address) = try StoreLocation(admin) else { return }
        address.password = "wrong"
        let wrong = "postgres://\(address.user):wrong@\(address.host):\(address.port)/postgres?sslmode=disable"
        let e = Self.error(wrong)
        #expect(e?.exitStatus == 69)
        #expect(e?.description.contains("password authentication failed for user \"postgres\"") == true)
        #expect(e?.description.contains("wrong") == false)
        let missing = admin.replacingOccurrences(of: "/postgres?", with: "/ce_no_such_database?")
        #expect(Self.error(missing)?.description.contains("database \"ce_no_such_database\" does not exist") == true)
    }

    @Test func sqliteMissingAndNotADatabase() throws {
        let dir = Scratch.directory("ce-store-errors")
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("none.sqlite").path
        #expect(Self.error(missing, mode: .read)?.exitStatus == 66)
        #expect(!FileManager.default.fileExists(atPath: missing), "reading never creates a store")
        let junk = dir.appendingPathComponent("junk.sqlite")
        try Data("this is not a database, just some text that is long enough".utf8).write(to: junk)
        let e = Self.error(junk.path)
        #expect(e?.exitStatus == 69)
        #expect(e?.reason == "not a SQLite database")
        #expect(Self.error(dir.appendingPathComponent("no/such/dir.sqlite").path)?.reason.contains("no such directory") == true)
    }

    @Test("A read-only SQLite file (read-only file system, so root too) is refused for writing, with one line")
    func readOnly() throws {
        guard let disk = SmallDisk(kilobytes: 4096) else { return }  // root only (CI is root)
        defer { disk.unmount() }
        let path = disk.url.appendingPathComponent("contracts.sqlite").path
        do {
            let store = try ContractStore(StoreLocation(path), mode: .write)
            let (record, json) = try Records.load("seed-000.pdf")
            try store.ingest(record, json: json, extractorVersion: "0.1.0")
            store.close()
        }
        let remount = Process()
        remount.executableURL = URL(fileURLWithPath: "/bin/mount")
        remount.arguments = ["-o", "remount,ro", disk.url.path]
        try remount.run()
        remount.waitUntilExit()
        try #require(remount.terminationStatus == 0)
        let e = Self.error(path)
        #expect(e?.exitStatus == 69)
        #expect(e?.reason.contains("cannot write the store") == true)
    }
}
