import Foundation
import Schema
import Testing
import TestSupport
@testable import Extractor

/// The text layer on the real documents of corpus/.
@Suite("Text layer on the corpus", .slowLane)
struct CorpusTextTests {
    func text(_ name: String) throws -> TextDocument {
        try Extractor().read(contentsOf: Repo.corpus(name))
    }

    func squeezed(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    @Test("seed PDFs and their .txt originals differ only in whitespace", arguments: [
        ("seed-000.txt", "seed-000.pdf"), ("seed-000.txt", "seed-000-cid.pdf"),
        ("seed-001.txt", "seed-001.pdf"), ("seed-001.txt", "seed-001-cid.pdf"),
    ])
    func pdfMatchesText(txt: String, pdf: String) throws {
        let a = Array(squeezed(try text(txt).text.string).unicodeScalars)
        let b = Array(squeezed(try text(pdf).text.string).unicodeScalars)
        #expect(a.count > 7000)
        // Same characters, nothing lost or added …
        #expect(a.count == b.count)
        #expect(Dictionary(a.map { ($0, 1) }, uniquingKeysWith: +) == Dictionary(b.map { ($0, 1) }, uniquingKeysWith: +))
        // … in the same order, except in one short window: LibreOffice draws a table-of-contents
        // page number that overflows its tab stop away from its line (pdftotext misplaces it too).
        let prefix = zip(a, b).prefix { $0 == $1 }.count
        let suffix = zip(a.reversed(), b.reversed()).prefix { $0 == $1 }.count
        #expect(max(0, a.count - prefix - suffix) <= 80, "texts differ from offset \(prefix)")
    }

    @Test("the seed's encodings give one normalized text", arguments: ["seed-000-gb18030.txt", "seed-000-utf16le.txt"])
    func encodingsAgree(name: String) throws {
        let doc = try text(name)
        #expect(doc.text.string == (try text("seed-000.txt")).text.string)
        #expect(doc.source.encoding == (name.contains("gb") ? "GB18030" : "UTF-16LE"))
    }

    @Test("seed 000: the mid-sentence header is gone and kept as furniture", arguments: ["seed-000.txt", "seed-000.pdf"])
    func seedHeader(name: String) throws {
        let doc = try text(name)
        #expect(doc.text.string.contains("修改或补充文件与本协议有不一致的"))
        #expect(doc.source.pageFurniture.filter { $0.text == "中国移动通信集团新疆有限公司" }.count == 2)
        #expect(doc.text.string.hasPrefix("合同编号：【新移塔分政企产品协议[2024]01865号】\n中国移动通信集团新疆有限公司"))
    }

    @Test("bbj-purchase: 甲方's bank, account and address lines come together, before 乙方's")
    func bbjSignatureColumns() throws {
        let lines = try text("bbj-purchase.pdf").text.string.split(separator: "\n").map(String.init)
        func index(_ prefix: String, after: Int = -1) throws -> Int {
            try #require(lines.indices.first { $0 > after && lines[$0].hasPrefix(prefix) })
        }
        let a = try index("甲方（公章）")
        let aBank = try index("开户行：农行厦门马巷支行")
        let aAccount = try index("账号：4038")
        let aAddress = try index("单位地址：厦门市")
        let b = try index("乙方（公章）")
        #expect([a, aBank, aAccount, aAddress] == Array(a...(a + 3)))
        #expect(b > aAddress)
        #expect(lines[b + 2].hasPrefix("开户行：") && lines[b + 2].hasSuffix("中国招商银行"))
        #expect(!lines.contains { $0.contains("农行厦门马巷支行") && $0.contains("招商银行") })
    }

    @Test("yuanding-labor: no page number or running header left in the text; all in pageFurniture")
    func yuandingFurniture() throws {
        let doc = try text("yuanding-labor.pdf")
        let text = doc.text.string
        #expect(!text.contains("页/共"))
        #expect(!text.contains("(hr@yuanding-inc.com)"))
        #expect(!text.split(separator: "\n").contains("Global Creditech PTE Ltd（北京元丁科技有限公司）"))
        let furniture = doc.source.pageFurniture
        #expect(furniture.filter { $0.kind == .pageNumber }.map(\.text) == (1...11).map { "第\($0)页/共11页" })
        #expect(Set(furniture.filter { $0.kind == .header }.map(\.page)) == Set(1...11))
        #expect(furniture.filter { $0.kind == .footer }.count == 11)
    }

    @Test("every corpus document reads, and reading is deterministic")
    func wholeCorpus() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Repo.corpus("").path)
            .filter { ($0.hasSuffix(".pdf") || $0.hasSuffix(".txt")) && !$0.contains("-scan") }.sorted()
        #expect(names.count >= 20)
        for name in names {
            let a = try text(name), b = try text(name)
            #expect(a.text.string == b.text.string, "\(name)")
            #expect(a.text.string.unicodeScalars.count > 200, "\(name)")
            #expect(a.source.fileName == name)
        }
    }

    @Test("erp-sales: the two-column body is read column by column, across a gutter narrower than a character")
    func erpTwoColumns() throws {
        let lines = try text("erp-sales-two-column.pdf").text.string.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("七、验收：需方在验收中如发现产品规格、质量等不符合规定的，应自收到该产品2周内向供方提出书面异议") })
        #expect(!lines.contains { $0.contains("七、验收") && $0.contains("可抗力") })
        let seven = try #require(lines.firstIndex { $0.hasPrefix("七、") })
        let eight = try #require(lines.firstIndex { $0.hasPrefix("八、") })
        let ten = try #require(lines.firstIndex { $0.hasPrefix("十、争议解决") })
        #expect(seven < eight && eight < ten)
    }

    @Test("model contract: the cover title is text, not furniture; a prose line with a drawn blank still joins")
    func govModelContract() throws {
        let doc = try text("gov-entrustment-gf2025-1001.pdf")
        #expect(doc.text.string.hasPrefix("GF—2025—1001\n委托合同\n（示范文本）"))
        #expect(!doc.source.pageFurniture.contains { $0.text == "委托合同" })
        #expect(doc.text.string.contains("就乙方受托处理甲方事务的有关事宜达成以下协议："))
        #expect(doc.text.string.contains("应当认为委托事务已经完成。"))
    }

    @Test("with OCR off, a scanned PDF has no text layer and says so")
    func scan() throws {
        let doc = try Extractor(options: ExtractionOptions(ocr: .never)).read(contentsOf: Repo.corpus("seed-000-scan.pdf"))
        #expect(doc.source.pageCount == 8)
        #expect(doc.diagnostics.map(\.code) == ["no-text-layer"])
    }
}
