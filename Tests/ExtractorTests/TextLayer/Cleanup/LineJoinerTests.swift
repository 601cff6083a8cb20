import Testing
@testable import Extractor

@Suite("Joining the lines of one sentence")
struct LineJoinerTests {
    @Test("a hard-wrapped long line that stops mid-sentence joins the next (seed 000)")
    func hardWrap() {
        #expect(normalized("(六) 甲方需备份业务应用资料文件，不能违规经营、变更合同约定用途，明\n确主叫号码只能使用移动公司或工信部分配的号码。")
                == ["(六) 甲方需备份业务应用资料文件，不能违规经营、变更合同约定用途，明确主叫号码只能使用移动公司或工信部分配的号码。"])
    }

    @Test("a sentence cut by a page break joins across it (seed 001)")
    func acrossPageBreak() {
        #expect(normalized("5.6 负责平台运行、维护和管理。本协议有效期内乙方为甲方提供重要客户\n\n\n\n保障机制，为甲方提供故障处理。")
                == ["5.6 负责平台运行、维护和管理。本协议有效期内乙方为甲方提供重要客户保障机制，为甲方提供故障处理。"])
    }

    @Test("lines that do not join", arguments: [
        "甲方：蛟河市人民法院（简称“甲方”）\n地址：吉林省蛟河市河北街道北京路 55 号",   // closing bracket, then a key
        "联系方式：17644262069\n电子邮箱：17644262069@139.com",                         // next starts with a key
        "目前支持的业务功能包括：\n(1) 数据服务；",                                       // colon, then a label
        "单位地址：【吉林市吉林大街 153 号】\n\n\n\n开户行：【中国工商银行吉林省分行南京路支行】", // bracket, page break
        "附件一：\n\n信息安全责任承诺书",                                                  // paragraph break
        "第十二条 其他\n\n\n\n本合同一式两份。",                                           // short heading before a break
        "乙方：中国移动通信集团吉林有限公司吉林省分公司\n\n\n\n\n\n目 录",                  // a field, then a heading (seed 001)
        "本条所称的服务内容包括但不限于下列各项以及双方另行约定的其他事项\n第三条 费用",       // a new article
        "联系方式:_________________________联系方式联系方式\n丙方(盖章) :香河永盛房地产经纪有限公司", // a party key, spaced colon
    ])
    func staysApart(text: String) {
        #expect(normalized(text).count == 2)
    }

    @Test("text at half the size or less never continues a line (bbj-purchase's TCPDF stamp)")
    func fontSize() {
        var fax = textLines("传真：7251-88888866")[0]
        fax.reachesRightMargin = true
        fax.em = 10
        var stamp = textLines("Powered by TCPDF (www.tcpdf.org)")[0]
        stamp.blankLinesBefore = 1
        stamp.em = 0.9
        #expect(LineJoiner.join([fax, stamp]).count == 2)
        stamp.em = 10
        #expect(LineJoiner.join([fax, stamp]).count == 1)
    }

    @Test("an indented paragraph after a `key：value` line starts anew (lease-xianghe)")
    func indentedAfterField() {
        let lines = textLines("居间方(简称丙方)：香河永盛房地产经纪有限公司\n根据《中华人民共和国合同法》及其他有关法律、法规规定，在平等、自愿的基础上")
        var next = lines[1]
        next.indented = true
        #expect(LineJoiner.join([lines[0], next]).count == 2)
        #expect(LineJoiner.join(lines).count == 1)
    }

    @Test("a wrapped English word gets its space back; CJK never does")
    func spaces() {
        #expect(LineJoiner.shouldJoin(textLines("x")[0], textLines("y")[0]) == false)
        var a = textLines("Global Creditech")[0]
        a.reachesRightMargin = true
        let joined = LineJoiner.join([a, textLines("PTE Ltd")[0]])
        #expect(joined.map(\.text) == ["Global Creditech PTE Ltd"])
    }

    @Test("table rows are never joined")
    func tableRows() {
        #expect(normalized("| 业务 | 资费 |\n| 物联卡 | 25 |").count == 2)
        #expect(normalized("1\t一、车联网\t车辆前装\n2\t车辆后装\t否").count == 2)
    }
}
