import Foundation
import Schema
import Testing
@testable import Extractor

@Suite("Fill-in fields")
struct FieldScannerTests {
    func fields(_ text: String) throws -> (fields: [Field], diagnostics: [Diagnostic]) {
        let r = try parse("甲方：A\n" + text)
        return (r.contracts.flatMap(\.fields), r.diagnostics)
    }

    @Test("bracket fields: value, blank, label, enclosing article", arguments: [
        ("一、付费\n1、甲方付费方式为：【集团付费】（集团付费/个人付费）", "集团付费", false, "付费方式为", "一/1"),
        ("法定代表人/负责人：【赵志军】", "赵志军", false, "法定代表人/负责人", nil),
        ("一、违约\n按实际经济损失的【10】%承担违约金", "10", false, "按实际经济损失的", "一"),
        ("开户行：【/】", nil, true, "开户行", nil),
        ("签字：【】", nil, true, "签字", nil),
        ("签字：【 】", nil, true, "签字", nil),
        ("电话：【１７６４４２６２０６９】", "17644262069", false, "电话", nil),
        ("账号【：0802 2103 0900 0007 324】", "0802210309000007324", false, "账号", nil),
    ])
    func brackets(text: String, value: String?, blank: Bool, label: String?, article: String?) throws {
        let field = try #require(try fields(text).fields.first)
        #expect(field.value == value)
        #expect(field.blank == blank)
        #expect(field.label == label)
        #expect(field.article == article)
        #expect(field.style == .bracket)
        #expect(!field.marker)
    }

    @Test("【签署页】 is a marker field")
    func marker() throws {
        let field = try #require(try fields("【签署页】").fields.first)
        #expect(field.marker && field.value == "签署页" && field.label == nil)
    }

    @Test("an unbalanced bracket is reported and swallows nothing after it")
    func unbalanced() throws {
        let (found, diagnostics) = try fields("联系人：俞勃成】\n电子邮箱：【/】\n传真：【0432-62345678\n邮编：【132500】")
        #expect(diagnostics.map(\.code) == ["unbalanced-bracket", "unbalanced-bracket"])
        #expect(found.map(\.label) == ["电子邮箱", "邮编"])
        #expect(found.last?.value == "132500")
    }

    @Test("nested brackets give both fields and a warning")
    func nested() throws {
        let (found, diagnostics) = try fields("证件类型：【统一社会信用代码【91110000】】")
        #expect(found.map(\.value) == ["91110000", "统一社会信用代码【91110000】"])
        #expect(diagnostics.map(\.code) == ["nested-bracket"])
    }

    @Test("three levels are fields; a fourth is counted in one warning, not a field")
    func tooDeep() throws {
        let (found, diagnostics) = try fields("备注：【一【二【三【四】三】二】一】")
        #expect(found.map(\.value) == ["三【四】三", "二【三【四】三】二", "一【二【三【四】三】二】一"])
        #expect(diagnostics.map(\.code) == ["nested-bracket", "bracket-too-deep"])
        #expect(diagnostics.last?.message == "1 【 open more than 3 levels deep on this line; only the outer 3 levels are fields.")
    }

    @Test("10,000 nested 【 (and 10,000 unclosed ones): the record stays linear in the input")
    func deepNestingStaysLinear() throws {
        let depth = 10_000
        let nested = "备注：" + String(repeating: "【", count: depth) + "值" + String(repeating: "】", count: depth)
        let unclosed = "备注：" + String(repeating: "【", count: depth)
        for line in [nested, unclosed] {
            let record = try Extractor().extract(data: Data(("甲方：A\n" + line).utf8), fileName: "deep.txt")
            let size = try JSONCoding.encode(record).count
            #expect(size < 30 * line.utf8.count, "\(size) bytes of record for \(line.utf8.count) bytes of input")
            #expect(record.diagnostics.count <= 5)  // nested, too deep, and the three outer levels unclosed
        }
    }

    @Test("underscore blanks and checkboxes", arguments: [
        ("租赁期共_____个月", Field.Style.underline, nil as String?, nil as Bool?, "租赁期共" as String?),
        ("证件类型：□居民身份证", .checkbox, "居民身份证", false, nil),
        ("☑同意乙方转委托", .checkbox, "同意乙方转委托", true, nil),
        ("√护照", .checkbox, "护照", true, nil),
    ] as [(String, Field.Style, String?, Bool?, String?)])
    func blanks(text: String, style: Field.Style, value: String?, checked: Bool?, label: String?) throws {
        let field = try #require(try fields(text).fields.first)
        #expect(field.style == style)
        #expect(field.value == value)
        #expect(field.checked == checked)
        #expect(field.label == label)
    }

    @Test("what is not a field", arguments: ["a_b", "__", "分隔线——", "数量√2", "【】"])
    func notFields(text: String) throws {
        let found = try fields(text).fields
        if text == "【】" { #expect(found.count == 1 && found[0].blank) } else { #expect(found.isEmpty) }
    }

    @Test("a field's location slices the normalized text to the bracket")
    func location() throws {
        let doc = try Extractor().read(data: Data("甲方：【蛟河市人民法院】".utf8), fileName: "x.txt")
        let result = Extractor().result(of: doc)
        let field = try #require(result.contracts.first?.fields.first)
        let loc = try #require(field.location)
        #expect(doc.text.slice(loc.start..<loc.end) == "【蛟河市人民法院】")
    }
}
