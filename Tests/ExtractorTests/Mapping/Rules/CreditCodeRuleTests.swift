import Schema
import Testing
@testable import Extractor

@Suite("CreditCodeRule")
struct CreditCodeRuleTests {
    @Test("valid codes (from the seeds and a listed company)", arguments: ["11220000013525084B", "912202017710679751", "11654201010309319U", "91110000802100433B"])
    func valid(code: String) {
        #expect(CreditCode.isValid(code))
    }

    @Test("invalid codes", arguments: ["11220000013525084C", "91350200MA2Y4XKD8J", "1122000001352508", "11220000013525084I", "ABCDEFGHIJKLMNOPQR"])
    func invalid(code: String) {
        #expect(!CreditCode.isValid(code))
    }

    @Test("a wrong check character is reported with the right one")
    func reported() throws {
        let r = try parse("甲方：A\n统一社会信用代码：【11220000013525084C】")
        #expect(r.diagnostics.map(\.code) == ["invalid-credit-code"])
        #expect(r.diagnostics[0].message.contains("should be B"))
    }

    @Test("a right code says nothing; an account number that is a credit code is flagged (seed 000)")
    func accounts() throws {
        #expect(try parse("甲方：A\n纳税人识别号：【912202017710679751】").diagnostics.isEmpty)
        #expect(try parse("甲方：A\n账号：【0802270109200688321】").diagnostics.isEmpty)
        let r = try parse("甲方：A\n账户名称：塔城市公安局\n账户号码：11654201010309319U")
        #expect(r.diagnostics.map(\.code) == ["account-is-credit-code"])
    }
}
