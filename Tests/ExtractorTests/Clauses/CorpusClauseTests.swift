import Foundation
import Schema
import Testing
import TestSupport
@testable import Extractor

/// The parser's acceptance criteria on the corpus (issue: clause parser).
@Suite("Clauses on the corpus", .slowLane)
struct CorpusClauseTests {
    func record(_ name: String) throws -> ExtractionResult {
        try Extractor().extract(contentsOf: Repo.corpus(name))
    }

    @Test("seed 000: one contract, 一二三五…十二, a gap for 四, 16 fields, 二/（一） items 1–8",
          arguments: ["seed-000.txt", "seed-000.pdf", "seed-000-cid.pdf", "seed-000-gb18030.txt"])
    func seed000(name: String) throws {
        let r = try record(name)
        #expect(r.contracts.count == 1)
        let c = try #require(r.contracts.first)
        #expect(c.title == "物联卡业务协议")
        #expect(c.articles.map(\.label) == ["一、", "二、", "三、", "五、", "六、", "七、", "八、", "九、", "十、", "十一、", "十二、"])
        #expect(c.articles.map(\.heading) == ["合作内容", "双方的权利和义务", "资费与支付", "保密条款", "违约责任", "免责条款",
                                             "法律适用及争议解决", "协议期限", "协议的生效、变更和终止", "信息安全", "其他"])
        #expect(r.diagnostics.contains { $0.code == "numbering-gap" && $0.message.contains("五、 follows 三、") })
        #expect(c.fields.count == 16)
        #expect(c.fields.filter(\.marker).map(\.value) == ["签署页"])
        let first = c.articles[1].children[0]
        #expect(first.label == "（一）" && first.heading == "甲方权利和义务")
        #expect(first.children.map(\.number) == Array(1...8))
    }

    @Test("seed 001: 14 articles, then a 10-article contract, then a supplement; the unbalanced bracket",
          arguments: ["seed-001.txt", "seed-001.pdf", "seed-001-cid.pdf"])
    func seed001(name: String) throws {
        let r = try record(name)
        #expect(r.contracts.map(\.kind) == [.contract, .contract, .supplement])
        #expect(r.contracts[0].title == "蛟河市人民法院移动办公办案服务采购项目服务协议")
        #expect(r.contracts[0].articles.map(\.number) == Array(1...14))
        #expect(r.contracts[0].articles.allSatisfy { $0.label.hasPrefix("第") && $0.label.hasSuffix("条") })
        #expect(r.contracts[1].title == "蛟河市人民法院与中国移动通信集团吉林有限公司吉林省分公司物联网项目合作合同")
        #expect(r.contracts[1].articles.map(\.number) == Array(1...10))
        #expect(r.contracts[2].title?.hasSuffix("补充协议") == true)
        #expect(r.contracts[0].attachments.map(\.label) == ["附件一"])
        #expect(r.contracts[1].attachments.map(\.label) == ["附件1", "附件2", "附件3", "附件4"])
        #expect(r.contracts[1].attachments.allSatisfy { $0.present })
        #expect(r.diagnostics.contains { $0.code == "unbalanced-bracket" && $0.message.contains("俞勃成") })
        let paths = r.contracts.flatMap { $0.articles.flattened.map(\.path) }
        #expect(paths.contains("11.6.1"))
    }

    @Test("the national model contract: 第一条 … 第十七条 only")
    func modelContract() throws {
        let r = try record("gov-entrustment-gf2025-1001.pdf")
        #expect(r.contracts.count == 1)
        #expect(r.contracts[0].title == "委托合同")
        #expect(r.contracts[0].articles.map(\.number) == Array(1...17))
        #expect(r.contracts[0].articles.allSatisfy { $0.label.hasSuffix("条") })
        #expect(r.contracts[0].articles[10].children.first?.label == "（一）")
    }

    @Test("every path is unique within its contract, in every corpus document")
    func uniquePaths() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Repo.corpus("").path)
            .filter { ($0.hasSuffix(".pdf") || $0.hasSuffix(".txt")) && !$0.contains("-scan") }
        for name in names {
            for contract in try record(name).contracts {
                let paths = contract.articles.flattened.map(\.path)
                #expect(Set(paths).count == paths.count, "\(name)")
            }
        }
    }
}
