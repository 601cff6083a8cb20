import Schema
import Testing
@testable import Extractor

@Suite("KeyValueReader")
struct KeyValueReaderTests {
    /// The text a reading's span covers in its line.
    func slice(_ line: String) -> String? {
        let s = Array(line.unicodeScalars)
        return KeyValueReader.keyValue(Substring(line)).map { String(scalars: s[$0.span]) }
    }

    @Test("a value's span is its own words, brackets and full-width forms allowed", arguments: [
        ("地址：【塔城市迎宾路27号】", "塔城市迎宾路27号"),
        ("电话：１９８０９０１６０７７", "１９８０９０１６０７７"),
        ("账户号码：4038 9001 0400", "4038 9001 0400"),
        ("(1) 联系人：俞勃成】", "俞勃成"),
        ("法定代表人： 张三 （签字）", "张三 （签字）"),
    ])
    func spans(line: String, expected: String) {
        #expect(slice(line) == expected)
    }

    @Test("a value ends where the next known key begins; `/`, blanks and placeholders are none")
    func cuts() {
        #expect(KeyValueReader.keyValue("名称：香河永盛房地产经纪有限公司经办人:____")?.value == "香河永盛房地产经纪有限公司")
        #expect(KeyValueReader.keyValue("手机：{{乙方电话}}") == nil)
        #expect(KeyValueReader.keyValue("邮编：____") == nil)
        #expect(KeyValueReader.partyEntries("乙方：_山西肇新科技有限公司").first?.name == "山西肇新科技有限公司")  // zhaoxin-license-scan
        #expect(KeyValueReader.partyEntries("甲方：______有限公司").first?.name != "有限公司")  // a template's blank
        #expect(KeyValueReader.blockRole("乙方应将变更后的联系方式书面通知甲方：") == "乙方")
        #expect(KeyValueReader.blockRole("甲方联系方式如下：") == "甲方")
        #expect(KeyValueReader.keyValue("联系人：____") == nil)
        #expect(KeyValueReader.keyValue("传真：无") == nil)   // zhaoxin-license.docx, 10.2
        #expect(KeyValueReader.keyValue("开户行及账号：塔城市迎宾路27号") == nil)  // seed-000: an address, not a bank
        #expect(KeyValueReader.keyValue("开户行及账号：中国民生银行股份有限公司成都锦江支行")?.key == .bank)
        #expect(KeyValueReader.keyValue("开户银行：蛟河市农村信用合作联社")?.key == .bank)
        #expect(KeyValueReader.keyValue("开户行：China Merchants Bank")?.key == .bank)
        #expect(KeyValueReader.keyValue("传真： 暂无") == nil)
        #expect(KeyValueReader.keyValue("地址：无锡市新吴区")?.value == "无锡市新吴区")
        #expect(KeyValueReader.keyValue("税号：91330110MA2HYAEK1T(1/1)")?.value == "91330110MA2HYAEK1T")
    }

    @Test("a party line's name and its span; two entries in one tabbed line")
    func partyLines() {
        let line = "出租方（甲方）：【塔城市公安局】（以下简称“甲方”）"
        let entry = KeyValueReader.partyEntries(Substring(line)).first
        #expect(entry?.role == "出租方" && entry?.canonical == "甲方" && entry?.name == "塔城市公安局")
        let s = Array(line.unicodeScalars)
        #expect(entry?.span.map { String(scalars: s[$0]) } == "塔城市公安局")
        let two = KeyValueReader.partyEntries("业主(简称甲方):A公司\t租户(简称乙方)：B公司")
        #expect(two.map(\.canonical) == ["甲方", "乙方"])
        #expect(two.map(\.name) == ["A公司", "B公司"])
    }

    @Test("a key whose last 人 OCR read as 入 is still the key; a word in 入 is no key")
    func misreadKey() {
        // PP-OCR on the office copy of seed-000.pdf (make bench-scans).
        let reading = KeyValueReader.keyValue("法定代表/负责入：宿召磊")
        #expect(reading?.key == .legalRepresentative && reading?.value == "宿召磊")
        #expect(KeyValueReader.keyValue("联系入：王小康")?.key == .contact)
        #expect(KeyValueReader.keyValue("收入：5000元") == nil)
    }

    @Test("a fax's speck read as a point before a value or a colon after it is no part of it")
    func specksAtTheEnds() {
        // PP-OCR on the fax copy of seed-001.pdf (make bench-scans).
        #expect(KeyValueReader.keyValue("联系电话：.18843287345")?.value == "18843287345")
        #expect(KeyValueReader.partyEntries("乙方：中国移动通信集团吉林有限公司吉林省分公司:").first?.name == "中国移动通信集团吉林有限公司吉林省分公司")
        // A point or a colon inside a value stays.
        #expect(KeyValueReader.keyValue("电子邮箱：zhang.san@139.com")?.value == "zhang.san@139.com")
        #expect(KeyValueReader.keyValue("开户行：招商银行：北京分行")?.value == "招商银行：北京分行")
    }

    @Test("an e-mail domain's point OCR read as a colon or comma is the point; anything else stays")
    func emailDomainPoints() {
        // PP-OCR on the fax copy of seed-001.pdf (make bench-scans).
        #expect(KeyValueReader.keyValue("电子邮箱：18843200630@139:com")?.value == "18843200630@139.com")
        #expect(KeyValueReader.keyValue("邮箱：li.si@mail，example。cn")?.value == "li.si@mail.example.cn")
        // Not an address, or not only points misread: as written.
        #expect(KeyValueReader.keyValue("电子邮箱：见附件：联系人名单")?.value == "见附件：联系人名单")
        #expect(KeyValueReader.keyValue("邮箱：a@b@c:com")?.value == "a@b@c:com")
        #expect(KeyValueReader.keyValue("邮箱：zhang@139:com 或 li@139.com")?.value == "zhang@139:com 或 li@139.com")
        // Only an e-mail key: an address (`地址：大街:153号`) is not repaired here.
        #expect(KeyValueReader.keyValue("联系电话：0432:6621")?.value == "0432:6621")
    }

    @Test("an address's speck read as a point or colon beside a house number is no part of it")
    func addressSpecks() {
        // PP-OCR on the fax copy of seed-001.pdf (make bench-scans).
        #expect(KeyValueReader.keyValue("地址：吉林省蛟河市河北街道北京路55.号")?.value == "吉林省蛟河市河北街道北京路55号")
        #expect(KeyValueReader.keyValue("地址：吉林省昌邑区吉林大街:153号")?.value == "吉林省昌邑区吉林大街153号")
        // The span is where the value stands as written, speck and all, not the rest of the line.
        let line = "地址：北京路55.号\t电话：0431-1234567"
        let read = KeyValueReader.keyValue(Substring(line))
        #expect(read?.value == "北京路55号")
        let scalars = Array(line.unicodeScalars)
        #expect(read.map { String(scalars: scalars[$0.span]) } == "北京路55.号")
        // Between two digits or two characters, or in another key's value, a mark stays.
        #expect(KeyValueReader.keyValue("地址：科技园3.1号楼")?.value == "科技园3.1号楼")
        #expect(KeyValueReader.keyValue("地址：北京市·朝阳区")?.value == "北京市·朝阳区")
        #expect(KeyValueReader.keyValue("开户行：招商银行：北京分行")?.value == "招商银行：北京分行")
        #expect(KeyValueReader.keyValue("联系人：张三:1号")?.value == "张三:1号")
    }

    @Test("a party line without its colon: a signature entry names its party, a bracketed name is the name")
    func colonlessSignature() throws {
        // PP-OCR on the fax copy of fadada-lease-sample.pdf lost the colon of `乙方签字：`.
        let signed = KeyValueReader.partyEntries("乙方签字").first
        #expect(signed?.canonical == "乙方" && signed?.name == nil && signed?.span == nil)
        let cells = KeyValueReader.partyEntries("甲方（盖章）\t乙方（盖章）")
        #expect(cells.map(\.canonical) == ["甲方", "乙方"])
        #expect(KeyValueReader.partyEntries("乙方签字后生效").isEmpty)
        // A name in brackets whose colon OCR lost (PP-OCR on the office copy of seed-001.pdf).
        let named = try #require(KeyValueReader.partyEntries("甲方【蛟河市人民法院】（以下简称“甲方”）").first)
        #expect(named.canonical == "甲方" && named.name == "蛟河市人民法院")
        let line = Array("甲方【蛟河市人民法院】（以下简称“甲方”）".unicodeScalars)
        #expect(named.span.map { String(scalars: line[$0]) } == "蛟河市人民法院")
        #expect(KeyValueReader.partyEntries("乙方【中国移动通信集团吉林有限公司吉林市分公司】").first?.name == "中国移动通信集团吉林有限公司吉林市分公司")
        #expect(KeyValueReader.partyEntries("甲方【应】在收到发票后付款").isEmpty)
        // A name before a colon-less seal line on the same line keeps only the name.
        #expect(KeyValueReader.partyEntries("甲方：蛟河市人民法院 乙方（盖章）").first?.name == "蛟河市人民法院")
        // With no space between (OCR), a second entry ends the name too; a role word alone does not.
        #expect(KeyValueReader.partyEntries("甲方（盖章）：蛟河市人民法院乙方（盖章）：中国移动").first?.name == "蛟河市人民法院")
        #expect(KeyValueReader.partyEntries("甲方：蛟河市人民法院乙方：中国移动").first?.name == "蛟河市人民法院")
        #expect(KeyValueReader.partyEntries("甲方：蛟河市人民法院乙方签字").first?.name == "蛟河市人民法院")
        #expect(KeyValueReader.partyEntries("甲方：北京买方市场咨询有限公司").first?.name == "北京买方市场咨询有限公司")
        #expect(KeyValueReader.partyEntries("甲方：上海乙方软件有限公司").first?.name == "上海乙方软件有限公司")
    }

    @Test("a row's later cells are read too; a key cell and a value cell of its shape are a pair", arguments: [
        // zhaoxin-license.docx, 10.2 and the signature table
        ("联系人：吴世杰\t电子邮箱： wushijie@scwanrong.com", [PartyKey.email], ["wushijie@scwanrong.com"]),
        ("联系人手机：18980746257\t微信号： wsj18980746257", [], []),
        ("银行账号\t150645726", [.accountNumber], ["150645726"]),
        ("电话\t0351-7654321\t传真\t0351-7654322", [.phone, .fax], ["0351-7654321", "0351-7654322"]),
    ])
    func cells(line: String, keys: [PartyKey], values: [String]) {
        let readings = KeyValueReader.cellReadings(scalars: Array(line.unicodeScalars)[...])
        #expect(readings.map(\.key) == keys)
        #expect(readings.map(\.value) == values)
        let s = Array(line.unicodeScalars)
        #expect(readings.map { String(scalars: s[$0.span]) } == values)
    }

    @Test("a key read again in a row is the next column's party: reading stops there")
    func twoColumns() {
        func keys(_ line: String, after first: PartyKey?) -> [PartyKey] {
            KeyValueReader.cellReadings(scalars: Array(line.unicodeScalars)[...], after: first).map(\.key)
        }
        #expect(keys("开户行：工商银行X支行\t开户行：建设银行Y支行", after: .bank).isEmpty)
        #expect(keys("电话\t0351-7654321\t传真\t0351-7654322\t电话\t0351-1111111", after: nil) == [.phone, .fax])
    }

    @Test("a bank followed by its account number: two readings, each spanned")
    func bankAndNumber() throws {
        let line = "开户行及账号：中国银行太原分行 6222 0000 1111 2222"
        let s = Array(line.unicodeScalars)
        let bank = try #require(KeyValueReader.keyValue(Substring(line)))
        #expect(bank.key == .bank && bank.value == "中国银行太原分行")
        let number = try #require(KeyValueReader.accountAfterBank(bank, scalars: s[...]))
        #expect(number.key == .accountNumber && String(scalars: s[number.span]) == "6222 0000 1111 2222")
        #expect(KeyValueReader.accountAfterBank(try #require(KeyValueReader.keyValue("开户行：中国银行太原分行")), scalars: Array("开户行：中国银行太原分行".unicodeScalars)[...]) == nil)
    }

    @Test("header rows and prose in cells are no readings", arguments: [
        "名称\t数量\t单价",            // a key cell before a word: no shape
        "姓名\t职责\t部门\t电话\t电子邮件", // 电话 before another key
        "银行账号\t见附件",             // no number
        "联系人\t吴世杰",               // a name has no shape of its own: only with its colon
        "电话：13800138000",           // one cell: keyValue's, not a cell reading
    ])
    func notCells(line: String) {
        #expect(KeyValueReader.cellReadings(scalars: Array(line.unicodeScalars)[...]).isEmpty)
    }
}

