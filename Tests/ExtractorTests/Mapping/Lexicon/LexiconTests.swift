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
            #expect(["role", "key", "signature", "seal", "block", "number"].contains(e.kind) || Lexicon.clauseKinds.contains(e.kind),
                    "unknown kind \(e.kind)")
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
            let value = e.meaning == "bank" ? "招商银行" : "A1"  // a bank is named as one
            let reading = KeyValueReader.keyValue("\(e.word)：\(value)")
            #expect(reading?.key.rawValue == e.meaning, "\(e.word)")
            #expect(reading?.value == value, "\(e.word)")
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
                #expect(Lexicon.shared.isPartyLine("甲方\(e.word)"), "\(e.word) alone, no colon")
                #expect(Lexicon.shared.role(ofHead: "乙方\(e.word)") == ("乙方", "乙方"), "\(e.word)")
            case "seal":
                #expect(Lexicon.shared.role(ofHead: "出租方\(e.word)") == ("出租方", "出租方"), "\(e.word)")
                #expect(Lexicon.shared.isPartyLine("乙方\(e.word)"), "\(e.word) alone, no colon")
            case "block":
                #expect(KeyValueReader.blockRole("\(e.word)乙方：") == "乙方" || KeyValueReader.blockRole("乙方\(e.word)信息：") == "乙方", "\(e.word)")
            case "number":
                #expect(ContractNumberRule.value(in: Array("\(e.word)：HT-2024-001".unicodeScalars)[...])?.0 == "HT-2024-001", "\(e.word)")
            default: break
            }
        }
    }

    @Test("every clause word is read by its rule")
    func clauseWords() throws {
        func first(_ rule: any MappingRule.Type, _ sentence: String) throws -> Contract {
            try applying(rule, to: "甲方：A\n一、条款\n\(sentence)").0
        }
        for e in try Self.entries() where Lexicon.clauseKinds.contains(e.kind) {
            let w = e.word
            switch e.kind {
            case "place": #expect(try first(PlaceOfSigningRule.self, "\(w)：厦门市").placeOfSigning == "厦门市", "\(w)")
            case "law": #expect(try first(GoverningLawRule.self, "本合同\(w)中华人民共和国法律\(w == "受" ? "管辖" : "")。").governingLaw == "中华人民共和国法律", "\(w)")
            case "warranty": #expect(try first(WarrantyPeriodRule.self, "\(w)为12个月。").warrantyPeriod?.months == 12, "\(w)")
            case "delivery": #expect(try first(DeliveryPeriodRule.self, "\(w)为30日。").deliveryPeriod?.days == 30, "\(w)")
            case "secrecy": #expect(try first(ConfidentialityRule.self, "\(w)为两年。").confidentiality?.months == 24, "\(w)")
            case "penalty": #expect(try first(PenaltiesRule.self, "乙方应按合同总价的20%支付\(w)。").penalties.first?.rate == "20%", "\(w)")
            case "cap": #expect(try first(PenaltiesRule.self, "乙方每日按合同总价的万分之五支付违约金，\(w)5000元。").penalties.first?.cap == "5000元", "\(w)")
            case "payment": #expect(try first(PaymentScheduleRule.self, "\(w)30%于合同签订后支付。").payments.first?.percent == "30", "\(w)")
            case "pay": #expect(try first(PaymentScheduleRule.self, "甲方于验收后\(w)尾款30%。").payments.first?.percent == "30", "\(w)")
            case "terminate": #expect(try first(TerminationRule.self, "甲方有权\(w)。").termination.first?.permitted == true, "\(w)")
            case "renew": #expect(try first(RenewalRule.self, "乙方有权\(w)。").renewal.first?.permitted == true, "\(w)")
            case "grant": #expect(try first(TerminationRule.self, "乙方\(w)解除本合同。").termination.first?.permitted == true, "\(w)")
            case "deny": #expect(try first(TerminationRule.self, "乙方\(w)解除本合同。").termination.first?.permitted == false, "\(w)")
            default: Issue.record("no check for kind \(e.kind)")
            }
        }
    }

    @Test("not roles or keys: prose that starts like one")
    func notEntries() {
        for line in ["甲方应于每月5日前付款：", "委托代理人负责：", "收货人：张三", "甲方同意：",
                     // a role alone, a role with a parenthesis that is no seal, a signature entry
                     // that goes on as prose: without a colon none of these is a party line
                     "甲方", "甲方（出租人）", "乙方签字后生效", "甲方盖章确认的为准",
                     // a bracket after a role that is prose, or not closed
                     "甲方【应】在收到发票后付款", "甲方【蛟河市人民法院"] {
            #expect(!Lexicon.shared.isPartyLine(Substring(line)), "\(line)")
        }
        #expect(KeyValueReader.keyValue("地址变更的，应书面通知") == nil)
        #expect(KeyValueReader.keyValue("电话：/") == nil)
    }
}
