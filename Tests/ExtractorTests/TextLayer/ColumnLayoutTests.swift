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
}
