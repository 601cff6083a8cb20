import Foundation
import Schema
@testable import Store
import Testing
import TestSupport

/// The throwaway PostgreSQL cluster of `make test` (scripts/with-postgres.sh), if any. Under
/// `make test` (CE_REQUIRE_POSTGRES=1) or CI a missing server fails the tests that need it;
/// a developer's plain `swift test` skips them with a message.
enum TestPostgres {
    static let url = ProcessInfo.processInfo.environment["CE_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let required = ProcessInfo.processInfo.environment["CE_REQUIRE_POSTGRES"] == "1" || ProcessInfo.processInfo.environment["CI"] != nil
    /// Whether tests needing PostgreSQL run: with a server, or (to fail) when one is required.
    static let enabled = url != nil || required
    static let skipNote: Comment = "no PostgreSQL: run `make test`, or set CE_TEST_POSTGRES_URL (scripts/with-postgres.sh swift test)"

    /// A new, empty database on the test server; `drop` removes it.
    static func makeDatabase() throws -> (url: String, drop: () -> Void) {
        let admin = try #require(url, "CE_TEST_POSTGRES_URL is not set: the PostgreSQL tests need `make test` (scripts/with-postgres.sh)")
        guard case .postgres(let address) = try StoreLocation(admin) else { throw StoreError(.badLocation, store: admin, reason: "not postgres") }
        let name = "ce_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let backend = try PostgresBackend(address: address)
        try backend.read { try $0.execute("CREATE DATABASE \(name)", []) }
        var target = address
        target.database = String(name)
        let shown = "postgres://\(target.user):\(target.password ?? "")@\(target.host):\(target.port)/\(name)?sslmode=disable"
        return (shown, {
            _ = try? backend.read { try $0.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", []) }
            backend.close()
        })
    }
}

/// A store of either kind for one test, removed afterwards.
struct TestStore {
    enum Kind: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case sqlite, postgres
        var testDescription: String { rawValue }
    }

    let location: String
    private let cleanup: () -> Void

    init(_ kind: Kind) throws {
        switch kind {
        case .sqlite:
            let dir = Scratch.directory("ce-store")
            location = dir.appendingPathComponent("contracts.sqlite").path
            cleanup = { try? FileManager.default.removeItem(at: dir) }
        case .postgres:
            let made = try TestPostgres.makeDatabase()
            location = made.url
            cleanup = made.drop
        }
    }

    func open(_ mode: ContractStore.Mode = .write) throws -> ContractStore {
        try ContractStore(StoreLocation(location), mode: mode)
    }

    func remove() { cleanup() }
}

/// Reviewed records (goldens) as records to store: seed-000 (PDF; 塔城市公安局, 物联网卡, expires
/// 2025-07-31, no total but a 38.00 amount), seed-001 (PDF; total 482190.00) and gdhyc-coal
/// (text).
enum Records {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let names = ["seed-000.pdf", "seed-001.pdf", "gdhyc-coal.txt"]

    static func load(_ name: String) throws -> (ExtractionResult, String) {
        let data = try Data(contentsOf: root.appendingPathComponent("golden/\(name).json"))
        let record = try JSONCoding.decode(ExtractionResult.self, from: data)
        return (record, String(decoding: try JSONCoding.encode(record, pretty: false), as: UTF8.self))
    }

    static func all() throws -> [(ExtractionResult, String)] { try names.map(load) }
}
