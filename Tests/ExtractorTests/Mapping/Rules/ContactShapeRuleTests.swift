import Testing
@testable import Extractor

@Suite("ContactShapeRule")
struct ContactShapeRuleTests {
    @Test("phone and fax numbers that have the shape of one", arguments: [
        "19809016077", "+8613809977313", "0592-7616162", "(0432)62345678", "（0432）62345678", "010-88888888-123",
        "0432-62345678转801", "4008001234", "400-800-1234", "62345678", "057188888888", "0592-7616162/0592-7616188",
        "17644262069、18843200630",
    ])
    func phones(value: String) {
        #expect(ContactShapeRule.isPhoneList(value))
    }

    @Test("phone and fax numbers that do not", arguments: [
        "7251-88888866", "1764426206", "12345678901", "0592-761", "电话号码", "0592-7616720PoweredbyTCPDF", "1380997731311",
        "0592-76161620000000",
    ])
    func notPhones(value: String) {
        #expect(!ContactShapeRule.isPhoneList(value))
    }

    @Test("postal codes and e-mail addresses")
    func postalAndEmail() {
        #expect(ContactShapeRule.isPostalCode("132500"))
        for bad in ["13250", "1325000", "13250O"] { #expect(!ContactShapeRule.isPostalCode(bad)) }
        for good in ["19809016077@139.com", "li.ming@jl.chinamobile.com", "a-b@x-y.cn"] { #expect(ContactShapeRule.isEmail(good)) }
        for bad in ["19809016077139.com", "a@b", "a@@b.com", "张三@139.com", "a@b.c", "@139.com"] { #expect(!ContactShapeRule.isEmail(bad)) }
    }

    @Test("a diagnostic names the value and the line; blanks, `/` and placeholders are not checked")
    func diagnostics() throws {
        let r = try parse("某协议\n甲方：A公司\n电话：0592-7616162\n传真：7251-88888866\n邮政编码：13250\n邮箱：ab139.com\n一、条款\n乙方：B\n电话：/\n手机：{{乙方电话}}\n邮编：____")
        let codes = r.diagnostics.map(\.code).filter { $0.hasPrefix("invalid-") }
        #expect(codes == ["invalid-phone", "invalid-postal-code", "invalid-email"])
        let fax = try #require(r.diagnostics.first { $0.code == "invalid-phone" })
        #expect(fax.message.contains("7251-88888866") && fax.message.contains("fax"))
        #expect(fax.location?.start == 27)  // the `传真：` line
    }
}
