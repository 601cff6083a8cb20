import Schema
import Testing
@testable import Extractor

@Suite("TablesRule")
struct TablesRuleTests {
    @Test("a markdown table: cells trimmed, separator row dropped")
    func markdown() throws {
        let c = try #require(try parse("""
            甲方：A
            一、资费
            | 业务 | 标准资费(元) | 折后资费(元) |
            |------|------|------|
            | 物联卡 | 38 | 25 |
            """).contracts.first)
        #expect(c.tables.map(\.rows) == [[["业务", "标准资费(元)", "折后资费(元)"], ["物联卡", "38", "25"]]])
        #expect(c.tables[0].location != nil)
    }

    @Test("a tab-separated table, then text, then another table")
    func tabs() throws {
        let c = try #require(try parse("甲方：A\n一、场景\n序号\t大类\t小类\n1\t车联网\t车辆前装\n说明如下。\n品名\t数量\n花洒\t10").contracts.first)
        #expect(c.tables.map { $0.rows.count } == [2, 2])
        #expect(c.tables[1].rows[1] == ["花洒", "10"])
    }

    @Test("not tables", arguments: ["甲方：A\n一、付款\n单价\t100元", "甲方：A\n一、说明\n本条约定，甲方\t应付款，乙方\t应交货。"])
    func notTables(text: String) throws {
        #expect(try parse(text).contracts.first?.tables.isEmpty == true)
    }

    @Test("a PDF table rebuilt from geometry: a row per line, cells by column gaps (bbj-purchase)")
    func pdfTable() throws {
        let c = try #require(try Extractor().extract(contentsOf: Repo.corpus("bbj-purchase.pdf")).contracts.first)
        let table = try #require(c.tables.first)
        #expect(table.rows[0].prefix(4) == ["品名", "规格型号", "数量", "含税单价"])
        #expect(table.rows[1].prefix(3) == ["花洒", "WHS02", "10"])
    }
}
