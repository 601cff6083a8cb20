import Foundation
import Schema
import Testing
@testable import Extractor

@Suite("Provenance check")
struct ProvenanceCheckTests {
    let source = "某协议\n甲方：A公司\n一、价款\n合同总价为人民币 482190 元。"

    func document() throws -> (ExtractionResult, NormalizedText) {
        let extractor = Extractor()
        let document = try extractor.read(data: Data(source.utf8), fileName: "x.txt")
        return (extractor.result(of: document), document.text)
    }

    @Test("the pipeline's own locations point at their values")
    func holds() throws {
        let (result, text) = try document()
        #expect(!result.contracts[0].amounts.isEmpty)
        #expect(ProvenanceCheck.problems(in: result, text: text).isEmpty)
    }

    @Test("clause values (schema 4) point at their words, and one moved off is reported")
    func clauses() throws {
        let extractor = Extractor()
        let document = try extractor.read(data: Data("""
            买卖合同
            甲方：A公司	签订地点：厦门市
            一、付款
            合同签订后5日内，甲方支付预付款30%，即人民币3000元。
            二、违约
            乙方逾期交货的，每日按合同总价的万分之五支付违约金。质保期为12个月。保密期限为本合同终止后两年。
            乙方逾期超过30日的，甲方有权解除本合同。本合同适用中华人民共和国法律。
            """.utf8), fileName: "x.txt")
        var result = extractor.result(of: document)
        let c = result.contracts[0]
        #expect(c.payments.count == 1 && c.penalties.count == 1 && c.termination.count == 1)
        #expect(c.warrantyPeriod != nil && c.confidentiality != nil && c.placeOfSigning != nil && c.governingLaw != nil)
        #expect(ProvenanceCheck.problems(in: result, text: document.text).isEmpty)
        result.contracts[0].penalties[0].location = c.termination[0].location
        result.contracts[0].provenance?.governingLaw = c.provenance?.placeOfSigning
        result.contracts[0].warrantyPeriod?.location = nil
        #expect(ProvenanceCheck.problems(in: result, text: document.text).map(\.path)
                == ["contracts[0].penalties[0].location", "contracts[0].warrantyPeriod.location", "contracts[0].provenance.governingLaw"])
    }

    @Test("a span moved off its value, or a missing one, is reported with the path")
    func moved() throws {
        var (result, text) = try document()
        result.contracts[0].amounts[0].location = Location(start: 0, end: 3)
        result.contracts[0].parties[0].location = nil
        let problems = ProvenanceCheck.problems(in: result, text: text)
        #expect(problems.map(\.path) == ["contracts[0].parties[0].location", "contracts[0].amounts[0].location"])
        #expect(problems[1].actual.contains("某协议"))
    }
}

/// Every single value of a record says where it was read (`provenance`), and the check holds
/// each span to its value.
@Suite("Provenance of single values")
struct ValueProvenanceTests {
    let source = """
        技术服务合同
        合同编号：【JS-2024-017】
        甲方：某某科技有限公司
        法定代表人：王五
        电话：１３８００１３８０００
        开户行：招商银行北京分行
        账号：6225 8801 2345 6789
        乙方：某某信息技术有限公司
        第一条 期限
        服务期限为【2】年。期满自动续期一年。
        第二条 争议
        因本合同引起的争议，向【北京市海淀区人民法院】提起诉讼。
        第三条 其他
        本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。
        甲方（盖章）：某某科技有限公司
        签订日期：2023年12月20日
        """

    func document() throws -> (ExtractionResult, NormalizedText) {
        let extractor = Extractor()
        let document = try extractor.read(data: Data(source.utf8), fileName: "x.txt")
        return (extractor.result(of: document), document.text)
    }

    func slice(_ text: NormalizedText, _ location: Location?) -> String? {
        location.map { text.slice($0.start..<$0.end) }
    }

    @Test("each value's span is its own words: the attribute's value, not the party's header line")
    func spans() throws {
        let (result, text) = try document()
        let c = result.contracts[0]
        let v = try #require(c.provenance)
        #expect(slice(text, v.title) == "技术服务合同")
        #expect(slice(text, v.contractNumber) == "JS-2024-017")
        #expect(slice(text, v.parties[0].name) == "某某科技有限公司")
        #expect(slice(text, v.parties[0].legalRepresentative) == "王五")
        #expect(slice(text, v.parties[0].phone) == "１３８００１３８０００")
        #expect(slice(text, v.parties[0].bankAccounts.first?.accountNumber) == "6225 8801 2345 6789")
        #expect(slice(text, v.parties[0].bankAccounts.first?.bank) == "招商银行北京分行")
        #expect(slice(text, v.term) == "【2】年")
        #expect(slice(text, v.renewal)?.contains("自动续期") == true)
        #expect(slice(text, v.disputeVenue) == "北京市海淀区人民法院")
        #expect(slice(text, v.copies)?.contains("一式肆份") == true)
        #expect(slice(text, v.signed) == "2023年12月20日")
        #expect(slice(text, v.effective)?.contains("之日起生效") == true)
        #expect(v.parties.count == c.parties.count && v.parties[1].phone == nil)
        #expect(ProvenanceCheck.problems(in: result, text: text).isEmpty)
    }

    @Test("a value's span moved off it, or missing, is reported with its path")
    func moved() throws {
        var (result, text) = try document()
        let header = result.contracts[0].parties[0].location
        let title = result.contracts[0].provenance?.title
        result.contracts[0].provenance?.parties[0].phone = header
        result.contracts[0].provenance?.term = nil
        result.contracts[0].provenance?.signed = title
        let paths = ProvenanceCheck.problems(in: result, text: text).map(\.path)
        #expect(paths == ["contracts[0].provenance.signed", "contracts[0].provenance.term", "contracts[0].provenance.parties[0].phone"])
    }
}
