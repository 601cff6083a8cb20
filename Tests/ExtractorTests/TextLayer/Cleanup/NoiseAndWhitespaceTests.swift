import Foundation
import Testing
@testable import Extractor

@Suite("Markdown noise and whitespace")
struct NoiseAndWhitespaceTests {
    @Test("markdown noise is removed", arguments: [
        ("- 6.1. 提供标准移动办案服务 29 套；", "6.1. 提供标准移动办案服务29套；"),
        ("**第七条 付款条款**", "第七条 付款条款"),
        ("## 合同条款", "合同条款"),
        ("* 本条款", "本条款"),
        // PP-OCR on the office copy of seed-001 (make bench-scans): the dash read without its space
        ("-6.1.提供标准移动办案服务29套；", "6.1.提供标准移动办案服务29套；"),
        ("-7.1双方结算相关信息如下：", "7.1双方结算相关信息如下："),
        ("·12.3． 验收合格", "12.3． 验收合格"),
        // PP-OCR on seed-001-scan.pdf's second agreement
        ("-1、甲方有权在本协议约定范围内享有乙方提供的物联卡通信服务。", "1、甲方有权在本协议约定范围内享有乙方提供的物联卡通信服务。"),
        ("-（2）短信服务（点对平台）；", "（2）短信服务（点对平台）；"),
        ("-(3) 语音服务", "(3) 语音服务"),
        ("-（1）MP1卡费：10元/张", "（1）MP1卡费：10元/张"),
        ("－（3）以挂号信方式发出的，发往本市内的", "（3）以挂号信方式发出的，发往本市内的"),
        ("•（二）乙方权利和义务", "（二）乙方权利和义务"),
    ])
    func noise(input: String, expected: String) {
        #expect(normalized(input) == [expected])
    }

    @Test("what is not markdown noise stays", arguments: [
        "-3-号楼",      // dash without a space
        "-6.1%同比",    // a negative figure, not an item
        "-6.1",         // nothing after the figure
        "-6.元",        // no second number
        "-123.4万元",   // three digits: no item label
        "-1,000元",     // a figure
        "-（2）",        // nothing after the label
        "-（甲）方",     // no item label in the brackets
        "-12、13号",    // a figure after the label
        "-（1）2号楼",   // a figure after the bracketed label
        "-6.1GB流量",   // a Latin letter counts only after a bracketed label
        "－5%以内",      // a full-width minus before a figure
        "2*3=6元",      // a lone asterisk
        "____年____月", // underscores are blanks to fill
    ])
    func notNoise(input: String) {
        let out = normalized(input).joined()
        #expect(out.replacingOccurrences(of: " ", with: "") == input.replacingOccurrences(of: " ", with: ""))
    }

    @Test("whitespace", arguments: [
        ("地址：【吉林省蛟河市河北街道北京路 55 号】", "地址：【吉林省蛟河市河北街道北京路55号】"),
        ("目 录", "目录"),
        ("5.6 负责平台运行", "5.6 负责平台运行"),
        ("共 10 张", "共10张"),
        ("劳 动 合 同 书", "劳动合同书"),
        ("甲 方： 某某公司", "甲方： 某某公司"),
        ("第一条 合同当事人", "第一条 合同当事人"),
        ("  开通功能包括：   非定向流量  ", "开通功能包括： 非定向流量"),
        ("NB-IOT、4G（含 Cat. 1）", "NB-IOT、4G（含 Cat. 1）"),
        ("序号\t大类\t  小类", "序号\t大类\t小类"),
        ("甲方\u{3000}\u{3000}乙方", "甲方 乙方"),
    ])
    func whitespace(input: String, expected: String) {
        #expect(normalized(input) == [expected])
    }
}
