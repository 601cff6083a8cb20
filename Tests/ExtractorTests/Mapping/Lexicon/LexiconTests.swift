import Foundation
import Schema
import Testing
@testable import Extractor

/// Reads the lexicon's data file as it stands in the repository and checks that every entry is
/// recognized where its kind is used: a new wording that is not read fails here.
@Suite("Lexicon")
struct LexiconTests {
    static let file = Repo.root.appendingPathComponent("Sources/Extractor/Mapping/Lexicon/LexiconData.swift")

    /// The data lines of the file (between the string literal's quotes).
    static func entries() throws -> [Lexicon.Entry] {
        let source = try String(contentsOf: file, encoding: .utf8)
        let parts = source.components(separatedBy: "\"\"\"")
        #expect(parts.count == 3)
        return Lexicon(tsv: parts[1]).entries
    }

    @Test("the file's entries are the compiled lexicon's, each of a known kind, none twice")
    func wellFormed() throws {
        let entries = try Self.entries()
        #expect(entries == Lexicon.shared.entries)
        #expect(entries.count > 150)
        for e in entries {
            #expect(["role", "key", "signature", "seal", "block", "number"].contains(e.kind), "unknown kind \(e.kind)")
        }
        let keys = entries.map { "\($0.kind)\t\($0.word)" }
        #expect(Set(keys).count == keys.count, "an entry is listed twice")
    }

    @Test("every role opens a party line and is merged under its key")
    func roles() throws {
        for e in try Self.entries() where e.kind == "role" {
            #expect(Lexicon.shared.isPartyLine("\(e.word)：某某有限公司"), "\(e.word)")
            let entry = KeyValueReader.partyLine("\(e.word)：某某有限公司")
            #expect(entry?.role == e.word, "\(e.word)")
            #expect(entry?.canonical == (e.meaning == "-" ? e.word : e.meaning), "\(e.word)")
            #expect(entry?.name == "某某有限公司")
            // `委托方（乙方）`: one party, keyed by the letter role.
            if e.meaning == "-" { #expect(KeyValueReader.partyLine("\(e.word)（乙方）：某某有限公司")?.canonical == "乙方", "\(e.word)（乙方）") }
        }
    }

    @Test("every attribute key is read as its attribute")
    func keys() throws {
        for e in try Self.entries() where e.kind == "key" {
            let reading = KeyValueReader.keyValue("\(e.word)：A1")
            #expect(reading?.key.rawValue == e.meaning, "\(e.word)")
            #expect(reading?.value == "A1", "\(e.word)")
            // A value running into this key ends before it.
            #expect(KeyValueReader.beforeEmbeddedKey("某某有限公司\(e.word)：A1") == "某某有限公司", "\(e.word)")
        }
    }

    @Test("signature words, seals, block words and contract-number keys")
    func formWords() throws {
        for e in try Self.entries() {
            switch e.kind {
            case "signature":
                #expect(Lexicon.shared.isPartyLine("甲方\(e.word)："), "\(e.word)")
                #expect(Lexicon.shared.role(ofHead: "乙方\(e.word)") == ("乙方", "乙方"), "\(e.word)")
            case "seal":
                #expect(Lexicon.shared.role(ofHead: "出租方\(e.word)") == ("出租方", "出租方"), "\(e.word)")
            case "block":
                #expect(KeyValueReader.blockRole("\(e.word)乙方：") == "乙方" || KeyValueReader.blockRole("乙方\(e.word)信息：") == "乙方", "\(e.word)")
            case "number":
                #expect(ContractNumberRule.value(in: Array("\(e.word)：HT-2024-001".unicodeScalars)[...])?.0 == "HT-2024-001", "\(e.word)")
            default: break
            }
        }
    }

    @Test("not roles or keys: prose that starts like one")
    func notEntries() {
        for line in ["甲方应于每月5日前付款：", "委托代理人负责：", "收货人：张三", "甲方同意："] {
            #expect(!Lexicon.shared.isPartyLine(Substring(line)), "\(line)")
        }
        #expect(KeyValueReader.keyValue("地址变更的，应书面通知") == nil)
        #expect(KeyValueReader.keyValue("电话：/") == nil)
    }
}
