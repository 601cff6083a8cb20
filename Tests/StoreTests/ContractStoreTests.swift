import Foundation
import Schema
@testable import Store
import Testing
import TestSupport

/// The store's guarantees, against both real databases.
@Suite("Contract store", .serialized, .slowLane)
struct ContractStoreTests {
    static let kinds: [TestStore.Kind] = TestPostgres.enabled ? [.sqlite, .postgres] : [.sqlite]

    @Test("Ingesting twice writes each document once; the second pass changes nothing", arguments: kinds)
    func idempotent(_ kind: TestStore.Kind) throws {
        let t = try TestStore(kind)
        defer { t.remove() }
        let store = try t.open()
        for (record, json) in try Records.all() { #expect(try store.ingest(record, json: json, extractorVersion: "0.1.0") == .inserted) }
        let first = try store.dump()
        for (record, json) in try Records.all() { #expect(try store.ingest(record, json: json, extractorVersion: "0.1.0") == .unchanged) }
        #expect(try store.dump() == first)
        #expect(first.split(separator: "\n").filter { $0.hasPrefix("documents\t") }.count == 3)
        #expect(first.contains("parties\t"))
        #expect(first.contains("articles\t"))
        store.close()
        // A second process opening it sees the same, and migrating again is a no-op.
        #expect(try t.open().dump() == first)
    }

    @Test("A newer extractor version replaces the document's rows; an older one is ignored", arguments: kinds)
    func versions(_ kind: TestStore.Kind) throws {
        let t = try TestStore(kind)
        defer { t.remove() }
        let store = try t.open()
        var (record, json) = try Records.load("seed-000.pdf")
        try store.ingest(record, json: json, extractorVersion: "0.1.0")
        record.contracts[0].parties.removeLast()
        record.contracts[0].title = "新标题"
        json = String(decoding: try JSONCoding.encode(record, pretty: false), as: UTF8.self)
        #expect(try store.ingest(record, json: json, extractorVersion: "0.2.0") == .replaced)
        let dump = try store.dump()
        #expect(dump.contains("新标题"))
        #expect(!dump.contains("中国移动通信集团新疆有限公司塔城地区分公司\t"))
        #expect(dump.split(separator: "\n").filter { $0.hasPrefix("parties\t") }.count == 1)
        #expect(try store.ingest(try Records.load("seed-000.pdf").0, json: "{}", extractorVersion: "0.1.5") == .keptNewer)
        #expect(try store.dump() == dump)
    }

    @Test("Search: party, article text (3+ and 1–2 characters), expiry, total, amount, filters", arguments: kinds)
    func search(_ kind: TestStore.Kind) throws {
        let t = try TestStore(kind)
        defer { t.remove() }
        let store = try t.open()
        for (record, json) in try Records.all() { try store.ingest(record, json: json, extractorVersion: "0.1.0") }
        func files(_ change: (inout SearchQuery) -> Void) throws -> [String] {
            var q = SearchQuery()
            change(&q)
            return try store.search(q).map(\.file)
        }
        #expect(try files { $0.party = "塔城市公安局" } == ["seed-000.pdf"])
        #expect(try files { $0.party = "公安"; $0.role = "甲方" } == ["seed-000.pdf"])
        #expect(try files { $0.party = "公安"; $0.role = "乙方" } == [])
        #expect(try files { $0.text = "物联网卡" } == ["seed-000.pdf", "seed-001.pdf", "seed-001.pdf"])  // seed-001: agreements 2 and 3
        #expect(try files { $0.text = "物联网卡"; $0.party = "公安" } == ["seed-000.pdf"])
        #expect(try files { $0.text = "卡" }.contains("seed-000.pdf"))  // under three characters: a scan
        #expect(try files { $0.text = "没有这样的条款文字" } == [])
        #expect(try files { $0.text = "100%_" } == [])  // LIKE's wildcards are literal
        #expect(try files { $0.expires.to = "2025-12-31" } == ["seed-000.pdf"])
        #expect(try files { $0.expires.to = "2025-07-30" } == [])
        #expect(try files { $0.minTotal = "400000"; $0.maxTotal = "500000" } == ["seed-001.pdf"])
        #expect(try files { $0.minAmount = "38"; $0.maxAmount = "38" } == ["seed-000.pdf"])
        #expect(try files { $0.signed.from = "2024-03-11"; $0.signed.to = "2024-03-11" } == ["seed-001.pdf", "seed-001.pdf"])
        #expect(try files { $0.diagnostic = "account-is-credit-code" } == ["seed-000.pdf"])
        #expect(try files { $0.diagnostic = "no-such-code" } == [])
        #expect(try files { $0.format = "text" } == ["gdhyc-coal.txt"])
        #expect(try files { $0.textLayer = "native"; $0.format = "pdf" } == ["seed-000.pdf", "seed-001.pdf", "seed-001.pdf", "seed-001.pdf"])
        #expect(try files { $0.limit = 1 }.count == 1)
        let hit = try #require(try store.search({ var q = SearchQuery(); q.party = "蛟河"; return q }()).first)
        #expect(hit.total == "482190.00" && hit.signed == "2024-03-11" && hit.parties.first == "蛟河市人民法院")
    }

    @Test("A store written by a newer schema is refused, one line, nothing written", arguments: kinds)
    func newerSchema(_ kind: TestStore.Kind) throws {
        let t = try TestStore(kind)
        defer { t.remove() }
        let store = try t.open()
        try store.backend.write { try $0.execute("UPDATE store_schema SET version = 99", []) }
        let before = try store.dump()
        store.close()
        for mode in [ContractStore.Mode.write, .read] {
            let e = #expect(throws: StoreError.self) { try t.open(mode) }
            #expect(e?.exitStatus == 69)
            #expect(e?.reason.contains("newer contract-extract (store schema 99") == true)
        }
        let reopened = try ContractStore(StoreLocation(t.location), mode: .write, checkSchema: false)
        #expect(try reopened.dump() == before)
    }
}
