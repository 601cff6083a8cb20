import Schema
import Testing
@testable import Extractor

@Suite("Article hierarchy")
struct ArticleTreeTests {
    @Test("styles nest as the document nests them: first seen is level 1")
    func nesting() throws {
        let r = try parse("""
            甲方：某某公司
            乙方：某某公司
            一、合作内容
            （一）甲方权利
            1、甲方应当按时付款。
            2、甲方应当配合验收。
            （二）乙方权利
            1、乙方应当按时交付。
            二、其他
            本协议一式两份。
            """)
        let articles = try #require(r.contracts.first?.articles)
        #expect(articles.map(\.label) == ["一、", "二、"])
        #expect(articles[0].children.map(\.path) == ["一/（一）", "一/（二）"])
        #expect(articles[0].children[0].children.map(\.path) == ["一/（一）/1", "一/（一）/2"])
        #expect(articles[0].children[1].children.map(\.level) == [3])
        #expect(articles[1].text == "本协议一式两份。")
        #expect(articles[0].heading == "合作内容")
        #expect(articles[0].children[0].children[0].heading == nil)
        #expect(articles[0].children[0].children[0].text == "甲方应当按时付款。")
    }

    @Test("the same styles nest the other way round in another document")
    func otherNesting() throws {
        let r = try parse("甲方：A公司\n1、总则\n（一）定义\n（二）解释\n2、付款\n（一）方式")
        let articles = try #require(r.contracts.first?.articles)
        #expect(articles.map(\.path) == ["1", "2"])
        #expect(articles[0].children.map(\.path) == ["1/（一）", "1/（二）"])
    }

    @Test("第X章 sits above 第X条 even when an article comes first; decimals nest under articles")
    func chapters() throws {
        let r = try parse("甲方：A公司\n第一条 前言\n第一章 总则\n第二条 定义\n2.1 合同\n2.1.1 附件\n第二章 付款\n第三条 方式")
        let articles = try #require(r.contracts.first?.articles)
        #expect(articles.map(\.label) == ["第一条", "第一章", "第二章"])
        #expect(articles[1].children.map(\.label) == ["第二条"])
        #expect(articles[1].children[0].children[0].path == "2.1")
        #expect(articles[1].children[0].children[0].children[0].path == "2.1.1")
        #expect(articles[2].children[0].number == 3)
    }

    @Test("numbering gaps, repeated and out-of-order labels are diagnostics with locations")
    func diagnostics() throws {
        let r = try parse("甲方：A公司\n一、甲\n二、乙\n三、丙\n五、戊\n五、又一个戊\n四、丁")
        let codes = r.diagnostics.map(\.code)
        #expect(codes == ["numbering-gap", "duplicate-label", "label-out-of-order"])
        #expect(r.diagnostics[0].message.contains("四"))
        #expect(r.diagnostics.allSatisfy { $0.location != nil })
        let paths = try #require(r.contracts.first?.articles.map(\.path))
        #expect(Set(paths).count == paths.count)  // unique even with a repeated label
    }

    @Test("第二条 第二条 租赁期限: the doubled label is one article and a diagnostic")
    func doubledLabel() throws {
        let r = try parse("出租方：甲\n第一条 房屋\n第二条 第二条 租赁期限\n租期一年。\n第三条 租金")
        let articles = try #require(r.contracts.first?.articles)
        #expect(articles.map(\.number) == [1, 2, 3])
        #expect(articles[1].heading == "租赁期限")
        #expect(r.diagnostics.map(\.code) == ["duplicate-label"])
    }

    @Test("a label in the middle of a sentence is text")
    func midSentence() throws {
        let r = try parse("甲方：A公司\n一、违约\n违约方应按本合同第三条约定承担责任，详见二、的规定。\n二、其他")
        #expect(r.contracts[0].articles.map(\.label) == ["一、", "二、"])
    }

    @Test("a heading is short and has no sentence punctuation; otherwise it is text", arguments: [
        ("第七条 付款条款", "付款条款", ""),
        ("7.1 双方结算相关信息如下：", nil, "双方结算相关信息如下："),
        ("（一）本协议适用中华人民共和国法律。", nil, "本协议适用中华人民共和国法律。"),
        ("第一条 甲方将自有的坐落在\t市区的房屋，出租给乙方", nil, "甲方将自有的坐落在\t市区的房屋，出租给乙方"),
    ])
    func headings(line: String, heading: String?, text: String) throws {
        let article = try #require(try parse("甲方：A公司\n\(line)").contracts.first?.articles.first)
        #expect(article.heading == heading)
        #expect(article.text == text)
    }

    // PP-OCR on the fax copy of seed-000 (make bench-scans), 三/（三） of its 物联网卡 terms:
    // `5. …`, `6，宣扬民族仇恨…`, `7、宣扬泛伊斯兰主义…`, `10． …`, `11。歪曲…`, `16：发布假中奖…`.
    @Test("a list number whose point OCR misread continues its list when the sequence says so")
    func misreadListPoint() throws {
        let r = try parse("""
            甲方：A公司
            一、禁止发送的信息
            5. 攻击国家宗教政策；
            6，宣扬民族仇恨、民族歧视，损害民族团结；
            7、宣扬泛伊斯兰主义、泛突厥主义；
            8. 非法讲经、解经；
            9．传播邪教；
            10． 非法讲经；
            11。歪曲“清真”概念；
            12：发布假中奖信息；
            二、其他
            """)
        let list = try #require(r.contracts.first?.articles.first?.children)
        #expect(list.map(\.label) == ["5.", "6.", "7.", "8.", "9．", "10．", "11．", "12．"])
        #expect(list.map(\.number) == Array(5...12))
        #expect(list[1].text == "宣扬民族仇恨、民族歧视，损害民族团结；")
        #expect(list[6].text == "歪曲“清真”概念；")
        #expect(r.contracts[0].articles.map(\.label) == ["一、", "二、"])
        #expect(!r.diagnostics.contains { $0.code == "numbering-gap" })
    }

    @Test("what the sequence does not decide stays as written", arguments: [
        // a nested 1、 list under 6. keeps its own numbers up to 7、
        ("1. 甲\n2. 乙\n1、丙\n2、丁\n3、戊", ["1.", "2."], [[], ["1、", "2、", "3、"]]),
        // 7、 does not follow 5.: a list of its own
        ("4. 甲\n5. 乙\n7、丙", ["4.", "5."], [[], ["7、"]]),
        // a wrapped amount: 3，000元 is a number, not item 3
        ("1. 甲\n2. 租金为每月\n3，000元。", ["1.", "2."], [[], []]),
        // a time after item 2: 3：00 is a time
        ("1. 甲\n2. 每日\n3：00前送达。", ["1.", "2."], [[], []]),
        // 3，without text after it is no label
        ("1. 甲\n2. 乙\n3，", ["1.", "2."], [[], []]),
        // nested items numbered on across their parents
        ("1. 甲方义务\n1、甲\n2、乙\n2. 乙方义务\n3、丙\n4、丁\n3. 其他", ["1.", "2.", "3."], [["1、", "2、"], ["3、", "4、"], []]),
        // a table's rows (tab-separated cells) are no list items
        ("1. 货物清单如下：\n1.\t电脑\t2台\n2.\t打印机\t1台\n3.\t扫描仪\t1台\n2. 付款方式", ["1.", "2."], [[], []]),
    ])
    func misreadListPointNotRepaired(text: String, labels: [String], children: [[String]]) throws {
        let articles = try #require(try parse("甲方：A公司\n" + text).contracts.first?.articles)
        #expect(articles.map(\.label) == labels)
        #expect(articles.map { $0.children.map(\.label) } == children)
    }

    // PP-OCR on the fax copy of fadada-lease-sample (make bench-scans): the 二 of `二、房屋用途` is lost.
    @Test("a label whose numeral OCR lost, leaving its 、, is the next item of the one open 、 list")
    func lostNumeral() throws {
        let r = try parse("""
            甲方：A公司
            一、租房地点：甲方同意把自己的房屋租给乙方。
            、房屋用途：乙方所租房屋仅为居家住宅使用。
            三、租期：自2020年1月2日起至2029年1月5日止。
            """)
        let articles = try #require(r.contracts.first?.articles)
        #expect(articles.map(\.label) == ["一、", "二、", "三、"])
        #expect(articles[1].text == "房屋用途：乙方所租房屋仅为居家住宅使用。")
        #expect(!r.diagnostics.contains { $0.code == "numbering-gap" })
        let items = try #require(try parse("甲方：A公司\n1、首付于签约时付清。\n、尾款于验收后付清。").contracts.first?.articles)
        #expect(items.map(\.label) == ["1、", "2、"])
    }

    // PP-OCR on the fax copy of seed-000: `（一）本协议适用中华人民共和国法律。` under 八、 read `（-）`.
    @Test("（-） with text after it is the first （一） item where none is open")
    func dashedFirstItem() throws {
        let r = try parse("""
            甲方：A公司
            八、法律适用及争议解决
            （-）本协议适用中华人民共和国法律。
            （二）双方因本协议的履行而发生的争议，应由双方友好协商解决。
            九、其他
            (—) 本协议一式两份。
            (二) 自签字之日起生效。
            """)
        let articles = try #require(r.contracts.first?.articles)
        #expect(articles.map { $0.children.map(\.label) } == [["（一）", "（二）"], ["(一)", "(二)"]])
        #expect(articles[0].children[0].text == "本协议适用中华人民共和国法律。")
        #expect(articles[0].text == "")
        #expect(articles[1].children[0].text == "本协议一式两份。")
    }

    @Test("a lost numeral or a dash the sequence does not decide stays text", arguments: [
        // two 、 lists open (一、 and its 1、): which one lost its number is not known
        ("一、付款\n1、首付\n2、二期\n、尾款", ["一、"], [["1、", "2、"]]),
        // no 、 list open
        ("1. 甲\n、乙", ["1."], [[]]),
        // nothing after the 、
        ("一、甲\n、", ["一、"], [[]]),
        // （-） inside an open （一） list is not its first item
        ("一、甲\n（一）乙\n（-）丙", ["一、"], [["（一）"]]),
        // a bracketed dash with a figure after it is a value
        ("一、差额\n（-）500元", ["一、"], [[]]),
        // under an open 1. list the line may as well be a lost 2.: the 、 list is not the innermost
        ("一、付款\n1. 首付三成\n、二期四成\n3. 尾款三成\n二、交付", ["一、", "二、"], [["1.", "3."], []]),
        // in the preamble, before any article, nothing says what （-） is
        ("（-）本合同依据民法典订立。\n一、标的\n二、价款", ["一、", "二、"], [[], []]),
        // boxes to tick, one per line
        ("一、运输方式\n（-）甲方送货\n（-）乙方自提", ["一、"], [[]]),
        ("一、运输方式\n（_）甲方送货", ["一、"], [[]]),
    ] as [(String, [String], [[String]])])
    func lostLabelNotRepaired(text: String, labels: [String], children: [[String]]) throws {
        let articles = try #require(try parse("甲方：A公司\n" + text).contracts.first?.articles)
        #expect(articles.map(\.label) == labels)
        #expect(articles.map { $0.children.map(\.label) } == children)
    }
}
