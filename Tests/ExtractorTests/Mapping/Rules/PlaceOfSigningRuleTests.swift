import Schema
import Testing
@testable import Extractor

@Suite("PlaceOfSigningRule")
struct PlaceOfSigningRuleTests {
    @Test("a place key, a heading's article, a signing sentence", arguments: [
        ("甲（供）方：A公司\t签订地点：厦门\n一、标的\n货物。", "厦门"),
        ("合同编号：HT-1\t签订地点：杭州市余杭区签 订日期 ：2024年1月1日\n甲方：A\n一、其他\n无。", "杭州市余杭区"),
        ("甲方：A\n一、其他\n3. 合同签约地： 山西省太原市\n", "山西省太原市"),
        ("甲方：A\n十、合同签订地点\n国电新疆红雁池发电有限公司燃煤管理部。\n十一、其它\n无。", "国电新疆红雁池发电有限公司燃煤管理部"),
        ("甲方：A\n一、其他\n本合同于2024年3月1日在北京市海淀区签订，自签订之日起生效。", "北京市海淀区"),
        ("甲方：A\n一、其他\n本合同签署于上海市浦东新区。", "上海市浦东新区"),
    ])
    func reads(text: String, place: String) throws {
        let (c, found) = try applying(PlaceOfSigningRule.self, to: text)
        #expect(c.placeOfSigning == place)
        #expect(c.provenance?.placeOfSigning != nil)
        #expect(found.isEmpty)
    }

    @Test("a blank, a placeholder, a court at the place of signing, signing on a platform: no place", arguments: [
        "甲方：A\t签订地点：\n一、其他\n无。",
        "甲方：A\t签订地点：________\n一、其他\n无。",
        "甲方：A\n一、其他\n本合同签署于{{签署城市}}（具体城市）。",
        "甲方：A\n一、争议\n协商不成，任何一方均应向合同签订地的人民法院提起诉讼。",
        "甲方：A\n一、说明\n双方当事人可以在北京市驾驶培训公共服务平台上签订本合同电子版。",
        "甲方：A\n一、说明\n乙方在本合同签订时，应当提供营业执照。",
    ])
    func none(text: String) throws {
        let (c, _) = try applying(PlaceOfSigningRule.self, to: text)
        #expect(c.placeOfSigning == nil)
        #expect(c.provenance?.placeOfSigning == nil)
    }
}
