import Testing
@testable import Extractor

@Suite("Numbering labels")
struct NumberingLabelTests {
    typealias Style = NumberingLabel.Style

    @Test("labels that count", arguments: [
        ("第一条 合同当事人", Style.article, 1, "第一条"),
        ("第十四条 其他", .article, 14, "第十四条"),
        ("第一百零一条 附则", .article, 101, "第一百零一条"),
        ("第二十条：保密", .article, 20, "第二十条："),
        ("第一条、保密内容", .article, 1, "第一条、"),
        ("第3条 定义", .article, 3, "第3条"),
        ("第二章 总则", .chapter, 2, "第二章"),
        ("第一节 定义", .section, 1, "第一节"),
        ("第一、合同标的", .ordinalComma, 1, "第一、"),
        ("一、合作内容", .hanComma, 1, "一、"),
        ("十二、其他", .hanComma, 12, "十二、"),
        ("二十一．附则", .hanComma, 21, "二十一．"),
        ("（一）甲方权利和义务", .hanParen, 1, "（一）"),
        ("(二) 支付方式", .hanParen, 2, "(二)"),
        ("（十四）若违反上述规定", .hanParen, 14, "（十四）"),
        ("1、合作过程中", .arabicComma, 1, "1、"),
        ("21. 法律法规禁止", .arabicDot, 21, "21."),
        ("１．总则", .arabicDot, 1, "１．"),
        ("7.1 双方结算相关信息如下：", .decimal(2), 1, "7.1"),
        ("6.1. 提供标准移动办案服务", .decimal(2), 1, "6.1."),
        ("11.6.1 在一方披露时", .decimal(3), 1, "11.6.1"),
        ("２．１．１ 定义", .decimal(3), 1, "２．１．１"),
        ("１－１ 租赁物", .decimal(2), 1, "１－１"),
        ("(1) 数据服务；", .arabicParen, 1, "(1)"),
        ("（3）其他", .arabicParen, 3, "（3）"),
        ("① 甲方", .circled, 1, "①"),
    ])
    func matches(line: String, style: Style, number: Int, text: String) throws {
        let label = try #require(NumberingLabel.scan(line))
        #expect(label.style == style)
        #expect(label.number == number)
        #expect(label.text.trimmedWhitespace == text)
    }

    @Test("lines that do not start with a label", arguments: [
        "2024年3月11日签订",          // a date
        "1.5万元",                    // a decimal number
        "48.219 万元",                // an amount with a space
        "16.073万元",                 // an amount
        "十分重要的事项",              // a numeral that is a word
        "第三方不得使用",              // 第 without 条/章/节
        "第一条第二款规定的情形",        // a cross-reference at the start of a wrapped line
        "第十二条规定，履行核验",        // the same
        "甲方：塔城市公安局",            // a party line
        "（以下简称“甲方”）",           // parentheses without a numeral
        "3",                          // a bare number
        "1\t一、车联网",               // a table cell number
        "192.168.60.6",               // an IP address
        "一，二，三",                  // numerals with commas
    ])
    func nonMatches(line: String) {
        let label = NumberingLabel.scan(line)
        #expect(label == nil, "\(line) → \(String(describing: label))")
    }

    @Test("the label span includes the spaces after it")
    func length() throws {
        let label = try #require(NumberingLabel.scan("第七条  付款条款"))
        #expect(label.length == 5)
    }
}

@Suite("Chinese numerals")
struct ChineseNumeralTests {
    @Test("values", arguments: [
        ("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("二十一", 21), ("一百零一", 101), ("两千", 2000),
        ("一千零一", 1001), ("肆拾捌万贰仟壹佰玖拾", 482190), ("二〇二四", 2024), ("〇", 0), ("拾万", 100000),
    ])
    func values(text: String, value: Int) {
        #expect(ChineseNumeral.value(Array(text.unicodeScalars)) == value)
    }

    @Test("not numbers, never a partial value", arguments: ["", "二三十", "一百元", "第一", "十分"])
    func invalid(text: String) {
        #expect(ChineseNumeral.value(Array(text.unicodeScalars)) == nil)
    }

    @Test("ICU's spell-out parser agrees where both read a number, and refuses a partial parse")
    func icuAgrees() {
        for text in ["四十八万二千一百九十", "肆拾捌万贰仟壹佰玖拾", "一千零一", "两千"] {
            #expect(ICU.parseSpellout(text).map(Int.init) == ChineseNumeral.value(Array(text.unicodeScalars)))
        }
        #expect(ICU.parseSpellout("肆拾捌万贰仟壹佰玖拾元") == nil)
    }
}
