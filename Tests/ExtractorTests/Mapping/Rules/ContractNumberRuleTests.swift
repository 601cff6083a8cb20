import Schema
import Testing
@testable import Extractor

@Suite("ContractNumberRule")
struct ContractNumberRuleTests {
    @Test("numbers that are found", arguments: [
        ("合同编号：【新移塔分政企产品协议[2024]01865号】\n物联卡业务协议\n甲方：A", "新移塔分政企产品协议[2024]01865号"),
        ("产品购销合同\n合同编号：BSCBBJ-2020082800052\n甲方：A", "BSCBBJ-2020082800052"),
        ("协议编号：ＨＴ－２０２４－００１\n甲方：A", "HT-2024-001"),
        ("编号: 2024 0301\n甲方：A", "20240301"),
        ("产品购销合同\n乙（需）方：上海渠易一网络科技有限公司\t合同编号：BSCBBJ-2020082800052签订日期：2020-06-24", "BSCBBJ-2020082800052"),
    ])
    func found(text: String, number: String) throws {
        #expect(try parse(text).contracts.first?.contractNumber == number)
    }

    @Test("no number", arguments: [
        "合同编号：\n甲方：A",             // blank
        "合同编号：____________\n甲方：A",  // a line to fill
        "合同编号：【/】\n甲方：A",          // a slash
        "合同编号： 签订地点：杭州市余杭区\n甲方：A",  // the next field on the same line
        "甲方：A\n本合同编号由甲方统一编制。", // not a key at the start of a line
        "供方：\tLIVE_SDHY\t合同编号：\t##{合同编号-1}\n甲方：A", // a template's placeholder
        "合同编号：{{合同编号}}\n甲方：A",
    ])
    func notFound(text: String) throws {
        #expect(try parse(text).contracts.first?.contractNumber == nil)
    }

    @Test("two different numbers are a conflict")
    func conflict() throws {
        let r = try parse("合同编号：A-1\n甲方：A\n一、条款\n合同编号：A-2")
        #expect(r.contracts[0].contractNumber == "A-1")
        #expect(r.diagnostics.map(\.code).contains("contract-number-conflict"))
    }
}
