import Foundation
import Testing
@testable import Extractor

@Suite("Reading order: columns, forms and tables")
struct ColumnLayoutTests {
    @Test("a two-column signature block comes out as two contiguous blocks, 甲方 first")
    func signatureBlock() {
        var w = GlyphWriter()
        w.write("本合同自双方签字盖章之日起生效，一式两份，双方各执一份，具有同等效力。", x: 50, y: 80)
        let rows = [("甲方（盖章）：某某科技有限公司", "乙方（盖章）：某某贸易有限公司"),
                    ("开户行：工商银行北京分行", "开户行：招商银行上海分行"),
                    ("账号：1234 5678 9012", "账号：8814777288818276"),
                    ("单位地址：北京市朝阳区建国路1号", "单位地址：上海市徐汇区虹漕路88号")]
        for (i, (left, right)) in rows.enumerated() {
            w.write(left, x: 50, y: 110 + Double(i) * 16)
            w.write(right, x: 330, y: 110 + Double(i) * 16)
        }
        let lines = layout(w.glyphs)
        #expect(lines == ["本合同自双方签字盖章之日起生效，一式两份，双方各执一份，具有同等效力。"]
                + rows.map(\.0) + rows.map(\.1))
    }

    @Test("columns with different baselines do not interleave")
    func interleavedBaselines() throws {
        var w = GlyphWriter()
        for i in 0..<4 {
            w.write("左栏第\(i + 1)行文字内容", x: 50, y: 100 + Double(i) * 14)
            w.write("右栏第\(i + 1)行文字内容", x: 330, y: 106 + Double(i) * 17)
        }
        let text = layout(w.glyphs).joined(separator: "\n")
        // Full-width column lines join as wrapped text; what matters is that no line mixes
        // the columns and the whole left column comes first.
        #expect(!text.split(separator: "\n").contains { $0.contains("左栏") && $0.contains("右栏") })
        let lastLeft = try #require(text.range(of: "左栏第4行", options: .backwards))
        let firstRight = try #require(text.range(of: "右栏第1行"))
        #expect(lastLeft.upperBound < firstRight.lowerBound)
    }

    @Test("a label/value form keeps each label with its value")
    func labelValueForm() {
        var w = GlyphWriter()
        for (i, (label, value)) in [("开户行：", "中国工商银行股份有限公司蛟河支行"), ("账号：", "0802270109200688321"),
                                    ("单位地址：", "吉林省蛟河市河北街道北京路55号")].enumerated() {
            w.write(label, x: 50, y: 100 + Double(i) * 16)
            w.write(value, x: 300, y: 100 + Double(i) * 16)
        }
        #expect(layout(w.glyphs) == ["开户行：\t中国工商银行股份有限公司蛟河支行", "账号：\t0802270109200688321",
                                     "单位地址：\t吉林省蛟河市河北街道北京路55号"])
    }

    @Test("a table with several columns is read row by row, cells split by a tab")
    func tableRows() {
        var w = GlyphWriter()
        let rows = [["品名", "规格型号", "数量", "含税单价"], ["花洒", "WHS02", "10", "15.00"]]
        for (r, row) in rows.enumerated() {
            for (c, cell) in row.enumerated() {
                w.write(cell, x: 50 + Double(c) * 120, y: 100 + Double(r) * 16)
            }
        }
        #expect(layout(w.glyphs) == ["品名\t规格型号\t数量\t含税单价", "花洒\tWHS02\t10\t15.00"])
    }

    // MARK: ruled tables (scans: the rules come from the pixels, RuleFinder)

    /// zhaoxin-license-scan's signature table (page 8) as PP-OCR places it, the divider drawn at
    /// x = 301: the left cells run close to it, and a name stamp beside it (`印晓`, read as a
    /// line of its own) leaves no empty strip between the parties.
    func signatureTable() -> GlyphWriter {
        var w = GlyphWriter()
        w.write("（以下无正文，为签署页）", x: 50, y: 60)
        let left = ["甲方（盖章）：四川莞蓉科技有限公司", "法定代表人（签字或盖章）：", "地址：成都高新区天府大道中段一号一栋二零九单元",
                    "开户行及账号：中国民生银行股份有限公司成都锦江支", "行", "银行账号"]
        let right = ["乙方（盖章）：山西肇新科技有限公司", "法定代表人（签字或盖章）：", "对公账号：485060100100305592",
                     "开户行：兴业银行股份有限公司太原大", "营盘支行", "名称：山西肇新科技有限公司"]
        for (i, (l, r)) in zip(left, right).enumerated() {
            w.write(l, x: 52, y: 100 + Double(i) * 20)
            w.write(r, x: 302, y: 100 + Double(i) * 20)
        }
        w.write("150645726", x: 150, y: 200)
        w.write("印晓", x: 280, y: 130)
        return w
    }

    @Test("a ruled two-party table is read column by column at its rule, wrapped cells joined, short lines not")
    func ruledSignatureTable() {
        let lines = layout(signatureTable().glyphs, rules: [VerticalRule(x: 301, y0: 95, y1: 215)])
        #expect(lines == ["（以下无正文，为签署页）",
                          "甲方（盖章）：四川莞蓉科技有限公司", "法定代表人（签字或盖章）：", "印晓", "地址：成都高新区天府大道中段一号一栋二零九单元",
                          "开户行及账号：中国民生银行股份有限公司成都锦江支行", "银行账号\t150645726",
                          "乙方（盖章）：山西肇新科技有限公司", "法定代表人（签字或盖章）：", "对公账号：485060100100305592",
                          "开户行：兴业银行股份有限公司太原大营盘支行", "名称：山西肇新科技有限公司"])
        // Without the rule the stamp joins the parties' rows across the table.
        #expect(layout(signatureTable().glyphs).contains { $0.contains("甲方") && $0.contains("乙方") })
    }

    @Test("a rule that spans no two-sided key：value rows leaves the page as it is")
    func ruleOutsideTheTable() {
        let glyphs = signatureTable().glyphs
        #expect(layout(glyphs, rules: [VerticalRule(x: 301, y0: 300, y1: 500)]) == layout(glyphs))
    }

    @Test("a rule near the edge of the text is a border, even with key：value cells on both sides")
    func ruleAtTheEdge() {
        var w = GlyphWriter()
        for (i, row) in ["编号：A01", "编号：A02", "编号：A03"].enumerated() {
            w.write(row, x: 52, y: 100 + Double(i) * 20)
            w.write("品名：花洒\t规格：WHS02\t数量：10\t单价：15.00".replacingOccurrences(of: "\t", with: "        "),
                    x: 112, y: 100 + Double(i) * 20)
        }
        // The divider after the first column is 0.1 of the way across: a table's edge column.
        #expect(layout(w.glyphs, rules: [VerticalRule(x: 106, y0: 95, y1: 160)]) == layout(w.glyphs))
    }

    @Test("a line across prose (a scanner's streak) is no divider: the text keeps its lines")
    func streakThroughProse() {
        var w = GlyphWriter()
        let prose = ["甲方：北京某某科技有限公司（以下简称甲方）住所地：北京市朝阳区建国路一号",
                     "乙方：上海某某贸易有限公司（以下简称乙方）住所地：上海市徐汇区虹漕路八号",
                     "第一条 合同金额：人民币伍万捌仟元整（58000元），含税价，双方确认无误。",
                     "第二条 付款方式：合同签订后七个工作日内，甲方一次付清全部款项给乙方。"]
        for (i, line) in prose.enumerated() { w.write(line, x: 50, y: 100 + Double(i) * 16) }
        #expect(layout(w.glyphs, rules: [VerticalRule(x: 252, y0: 0, y1: 842)]) == prose)
    }

    @Test("a divider found in pieces (a dropout) is one divider: the parties do not interleave")
    func dividerInPieces() {
        let lines = layout(signatureTable().glyphs, rules: [VerticalRule(x: 301, y0: 95, y1: 155),
                                                            VerticalRule(x: 301.5, y0: 160, y1: 215)])
        #expect(lines == layout(signatureTable().glyphs, rules: [VerticalRule(x: 301, y0: 95, y1: 215)]))
    }

    @Test("a ruled key | value table keeps each label with its value")
    func ruledLabelValueTable() {
        var w = GlyphWriter()
        let rows = [("名称：", "四川莞蓉科技有限公司"), ("纳税人识别号：", "91510100MA61WHB260"), ("地址：", "成都高新区天府大道中段1号"),
                    ("开户行：", "中国民生银行股份有限公司成都锦江支行")]
        for (i, (key, value)) in rows.enumerated() {
            w.write(key, x: 52, y: 100 + Double(i) * 16)
            w.write(value, x: 204, y: 100 + Double(i) * 16)
        }
        #expect(layout(w.glyphs, rules: [VerticalRule(x: 200, y0: 95, y1: 170)]) == rows.map { "\($0.0)\t\($0.1)" })
        #expect(layout(w.glyphs, rules: [VerticalRule(x: 200, y0: 95, y1: 170)]) == layout(w.glyphs))
    }

    @Test("a ruled table of three columns is read row by row")
    func ruledThreeColumns() {
        var w = GlyphWriter()
        let rows = [["甲方：某甲公司", "乙方：某乙公司", "丙方：某丙公司"], ["账号：1111", "账号：2222", "账号：3333"],
                    ["电话：010-1", "电话：021-2", "电话：0755-3"]]
        for (r, row) in rows.enumerated() {
            for (c, cell) in row.enumerated() {
                w.write(cell, x: 52 + Double(c) * 150, y: 100 + Double(r) * 16)
            }
        }
        let rules = [VerticalRule(x: 200, y0: 95, y1: 150), VerticalRule(x: 350, y0: 95, y1: 150)]
        #expect(layout(w.glyphs, rules: rules) == rows.map { $0.joined(separator: "\t") })
    }
}
