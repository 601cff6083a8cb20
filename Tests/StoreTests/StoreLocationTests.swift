@testable import Store
import Testing

@Suite("Store location (--db)")
struct StoreLocationTests {
    @Test func sqlitePath() throws {
        #expect(try StoreLocation("contracts.sqlite") == .sqlite(path: "contracts.sqlite"))
        #expect(try StoreLocation("/tmp/a b/c.db") == .sqlite(path: "/tmp/a b/c.db"))
    }

    @Test func postgresURL() throws {
        guard case .postgres(let a) = try StoreLocation("postgres://ce:s%40cret@db.example:6543/contracts?sslmode=require") else {
            Issue.record("not postgres")
            return
        }
        #expect(a.user == "ce" && a.password == "s@cret" && a.host == "db.example" && a.port == 6543 && a.database == "contracts" && a.tls == .require)
        #expect(a.shown == "postgres://ce:***@db.example:6543/contracts")
        guard case .postgres(let b) = try StoreLocation("postgresql://ce@localhost/db") else { return }
        #expect(b.port == 5432 && b.password == nil && b.tls == .prefer)
    }

    @Test("Bad DSNs are usage errors naming what is wrong, never showing the password",
          arguments: ["postgres://", "postgres://host/db", "postgres://u@host", "postgres://u:pw@host:99999/db",
                      "postgres://u:pw@host/db?sslmode=sometimes", "mysql://u@h/db", ""])
    func bad(_ text: String) {
        let e = #expect(throws: StoreError.self) { try StoreLocation(text) }
        #expect(e?.exitStatus == 64)
        #expect(e?.description.contains(":pw@") == false)
    }

    @Test func cents() {
        #expect(RecordRows.cents("482190.00") == 48_219_000)
        #expect(RecordRows.cents("38") == 3800)
        #expect(RecordRows.cents("-3.2") == -320)
        #expect(RecordRows.cents("1.234") == nil)
        #expect(RecordRows.cents("abc") == nil)
    }

    @Test func versions() {
        #expect(ExtractorVersion.compare("0.1.0", "0.2.0") == .orderedAscending)
        #expect(ExtractorVersion.compare("0.10.0", "0.9.1") == .orderedDescending)
        #expect(ExtractorVersion.compare("1.0", "1.0.0") == .orderedSame)
    }
}
