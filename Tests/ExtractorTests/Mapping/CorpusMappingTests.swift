import Schema
import Testing
import TestSupport
@testable import Extractor

/// The record rules on the seeds, each value checked against the text by hand.
@Suite("Record rules on the seeds", .slowLane)
struct CorpusMappingTests {
    @Test("seed 000: number, copies 4 (2+2), term to 2025-07-31 renewing yearly, litigation at 乙方's court",
          arguments: ["seed-000.txt", "seed-000.pdf", "seed-000-utf16le.txt"])
    func seed000(name: String) throws {
        let c = try #require(try Extractor().extract(contentsOf: Repo.corpus(name)).contracts.first)
        #expect(c.contractNumber == "新移塔分政企产品协议[2024]01865号")
        #expect(c.copies == Copies(total: 4, perParty: ["甲方": 2, "乙方": 2]))
        #expect(c.term == Term(text: "自双方签字盖章之日起至2025年07月31日", months: nil, autoRenewal: true, renewalMonths: 12))
        #expect(c.disputeResolution == DisputeResolution(method: .litigation, venue: "乙方所在地有管辖权的人民法院"))
    }

    @Test("seed 001: 36 months; the second contract renews for a year and chose litigation (option 2)",
          arguments: ["seed-001.txt", "seed-001.pdf"])
    func seed001(name: String) throws {
        let cs = try Extractor().extract(contentsOf: Repo.corpus(name)).contracts
        #expect(cs[0].term.months == 36)
        #expect(cs[0].copies == Copies(total: 4, perParty: ["甲方": 2, "乙方": 2]))
        #expect(cs[0].disputeResolution == DisputeResolution(method: .litigation, venue: "甲方所在地有管辖权的人民法院"))
        #expect(cs[1].term.months == 36 && cs[1].term.autoRenewal == true && cs[1].term.renewalMonths == 12)
        #expect(cs[1].disputeResolution == DisputeResolution(method: .litigation, venue: "乙方所在地有管辖权的人民法院"))
        #expect(cs[2].copies == Copies(total: 4, perParty: ["甲方": 2, "乙方": 2]))
        #expect(cs[0].totalAmount?.value == "482190.00")
        #expect(cs[0].totalAmount?.uppercase == "肆拾捌万贰仟壹佰玖拾元整")
        #expect(cs[0].totalAmount?.consistent == true)
        #expect(cs[0].amounts.map(\.value).contains("160730.00"))  // 16.073 万元 a year
        #expect(cs[1].totalAmount?.value == "90720.00")
        #expect(cs[0].dates.signed == "2024-03-11")
    }

    @Test("seed parties, as the text states them", arguments: ["seed-000.txt", "seed-000.pdf"])
    func seed000Parties(name: String) throws {
        let r = try Extractor().extract(contentsOf: Repo.corpus(name))
        let ps = try #require(r.contracts.first?.parties)
        #expect(ps.map(\.role) == ["甲方", "乙方"])
        #expect(ps[0].name == "塔城市公安局" && ps[0].legalRepresentative == "宿召磊" && ps[0].address == "塔城市迎宾路27号")
        #expect(ps[0].email == "19809016077@139.com" && ps[0].phone == "19809016077" && ps[0].creditCode == "11654201010309319U")
        #expect(ps[1].name == "中国移动通信集团新疆有限公司塔城地区分公司" && ps[1].legalRepresentative == "王小康")
        #expect(ps[1].bankAccounts == [BankAccount(accountName: "中国移动通信集团新疆有限公司塔城地区分公司", accountNumber: "8888014400005698",
                                                   bank: "招商银行股份有限公司北京分行营业部", bankCode: "102901000021")])
        #expect(r.diagnostics.contains { $0.code == "account-is-credit-code" })
    }

    @Test("seed 001: details merged from 第一条, the payment and the notice articles; 吉林省/吉林市 is a conflict")
    func seed001Parties() throws {
        let r = try Extractor().extract(contentsOf: Repo.corpus("seed-001.txt"))
        let ps = r.contracts[0].parties
        #expect(ps[0].name == "蛟河市人民法院" && ps[0].legalRepresentative == "赵志军" && ps[0].contact == "俞勃成")
        #expect(ps[0].phone == "17644262069" && ps[0].postalCode == "132500" && ps[0].creditCode == "11220000013525084B")
        #expect(ps[0].bankAccounts.first?.accountNumber == "0802270109200688321")
        #expect(ps[1].creditCode == "912202017710679751" && ps[1].contact == "李平" && ps[1].email == "18843200630@139.com")
        #expect(r.diagnostics.contains { $0.code == "party-conflict" && $0.message.contains("吉林省分公司") && $0.message.contains("吉林市分公司") })
    }

    @Test("a real lease: 肆仟伍佰元整（￥1500 元） is an amount-mismatch")
    func leaseMismatch() throws {
        let r = try Extractor().extract(contentsOf: Repo.corpus("lease-guangzhou.pdf"))
        #expect(r.diagnostics.contains { $0.code == "amount-mismatch" && $0.message.contains("4500.00") && $0.message.contains("1500.00") })
    }
}
