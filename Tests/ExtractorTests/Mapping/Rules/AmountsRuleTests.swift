import Schema
import Testing
@testable import Extractor

@Suite("AmountsRule and AmountReader")
struct AmountsRuleTests {
    @Test("figures", arguments: [
        ("¥482190", "482190.00"), ("￥：482190 元", "482190.00"), ("48.219 万元", "482190.00"), ("48.219万元", "482190.00"),
        ("1,234.56元", "1234.56"), ("人民币5000元", "5000.00"), ("38元", "38.00"), ("¥155.00", "155.00"),
        // A letter O read for the 0 before a point (PP-OCR on the office copy of seed-001.pdf).
        ("超出部分按【O.29元/M】计费", "0.29"), ("¥O.50", "0.50"),
    ])
    func figures(text: String, value: String) {
        let found = AmountReader.amounts(in: Array(ICU.nfkc(text).unicodeScalars))
        #expect(found.map { AmountReader.decimal($0.cents) } == [value])
    }

    @Test("大写", arguments: [
        ("肆拾捌万贰仟壹佰玖拾元整", "482190.00"), ("壹佰伍拾伍元", "155.00"), ("壹佰元伍角", "100.50"),
        ("叁万元整", "30000.00"), ("壹仟零壹元零伍分", "1001.05"),
    ])
    func uppercase(text: String, value: String) {
        #expect(AmountReader.amounts(in: Array(text.unicodeScalars)).map { AmountReader.decimal($0.cents) } == [value])
    }

    @Test("大写 text runs to its 整, even past a unit written twice", arguments: [
        ("大写：人民币伍万捌仟元圆整 ），税率", "伍万捌仟元圆整"),   // zhaoxin-license
        ("叁万元整。", "叁万元整"), ("叁万元正，", "叁万元正"),
        ("伍万捌仟元圆", "伍万捌仟元"), ("伍万捌仟元元以上", "伍万捌仟元"), ("【伍万捌仟元】圆整", "伍万捌仟元"),
    ])
    func uppercaseText(text: String, read: String) throws {
        let s = Array(text.unicodeScalars)
        let found = try #require(AmountReader.amounts(in: s).first)
        #expect(String(scalars: Array(s[found.range])) == read)
        #expect(AmountReader.decimal(found.cents) == (read.hasPrefix("叁") ? "30000.00" : "58000.00"))
    }

    @Test("not amounts", arguments: ["2024年3月11日", "192.168.60.6", "84张", "第3条", "1.5", "捌", "壹佰",
                                     "O.29", "型号GO.5元件", "Ox.5元", "O.元"])
    func notAmounts(text: String) {
        #expect(AmountReader.amounts(in: Array(text.unicodeScalars)).isEmpty)
    }

    @Test("大写 with figures is one consistent amount and the total")
    func pair() throws {
        let c = try #require(try parse("甲方：A\n第七条 付款\n7.3 项目总金额(含税)：人民币(大写)：肆拾捌万贰仟壹佰玖拾元整(¥：482190 元)。").contracts.first)
        #expect(c.totalAmount?.value == "482190.00")
        #expect(c.totalAmount?.uppercase == "肆拾捌万贰仟壹佰玖拾元整")
        #expect(c.totalAmount?.consistent == true)
        #expect(c.amounts.count == 1)
    }

    @Test("大写 and figures that disagree are amount-mismatch")
    func mismatch() throws {
        let r = try parse("甲方：A\n三、租金\n月租金为人民币肆仟伍佰元整（￥1500 元）。")
        #expect(r.contracts[0].amounts.first?.consistent == false)
        #expect(r.diagnostics.map(\.code) == ["amount-mismatch"])
    }

    @Test("stated arithmetic: holds, and does not", arguments: [
        ("综合服务平台开发及运营维护三年合计：48.219 万元，每年付款 16.073 万元。", false),
        ("综合服务平台开发及运营维护三年合计：48.219 万元，每年付款 16.000 万元。", true),
        ("(1) 计费标准：每张卡30元/月，84张卡三年总价为90720元", false),
        ("(1) 计费标准：每张卡30元/月，84张卡三年总价为90000元", true),
    ])
    func arithmetic(line: String, mismatch: Bool) throws {
        let r = try parse("甲方：A\n第七条 付款\n\(line)")
        #expect(r.diagnostics.contains { $0.code == "amount-mismatch" } == mismatch)
    }

    @Test("the total on a 总价 line is the amount after the word")
    func totalAfterWord() throws {
        let c = try #require(try parse("甲方：A\n第五条 资费\n(1) 计费标准：每张卡30元/月，84张卡三年总价为90720元").contracts.first)
        #expect(c.totalAmount?.value == "90720.00")
    }
}
