import Schema
import Testing
@testable import Extractor

@Suite("Furniture that survived as text")
struct TextFurnitureTests {
    /// Seed 000's shape: a company name printed at the top of the title block, then again after
    /// two page breaks, once between paragraphs and once in the middle of a sentence.
    let seedShape = """
        合同编号：【新移塔分政企产品协议[2024]01865号】

        中国移动通信集团新疆有限公司
        塔城地区分公司

        (五) 甲方应建立完善网络信息安全的保密管理制度，确保信息的安全。



        中国移动通信集团新疆有限公司
        (六) 甲方需备份业务应用资料文件。

        (三) 本协议未尽事宜，甲乙双方应共同协商解决。须由协议双方以书面做出并经双方签署后方为有效。修改或补充文件



        中国移动通信集团新疆有限公司
        与本协议有不一致的，以修改或补充文件为准。
        """

    @Test("the interrupting header leaves the text and the sentence reads through")
    func midSentenceHeader() {
        let (lines, furniture) = TextPipeline.normalize(textLines(seedShape))
        let text = lines.map(\.text)
        #expect(text.contains { $0.contains("修改或补充文件与本协议有不一致的") })
        #expect(text.contains("(六) 甲方需备份业务应用资料文件。"))
        #expect(furniture.map(\.text) == ["中国移动通信集团新疆有限公司", "中国移动通信集团新疆有限公司"])
        #expect(furniture.allSatisfy { $0.kind == .header })
    }

    @Test("the first occurrence in the title block stays: it is not after a page break")
    func titleBlockStays() {
        let text = normalized(seedShape)
        #expect(text[1] == "中国移动通信集团新疆有限公司")
    }

    @Test("a short line that occurs once after a break is text, not furniture")
    func singleOccurrence() {
        let (_, furniture) = TextPipeline.normalize(textLines("第一条 定义\n\n\n\n附件一\n信息安全责任承诺书"))
        #expect(furniture.isEmpty)
    }

    @Test("a title repeated after page breaks that never cuts a sentence is text")
    func repeatedTitle() {
        let (lines, furniture) = TextPipeline.normalize(textLines("GF—2025—1001\n\n\n委托合同\n（示范文本）\n\n第二页结束了。\n\n\n委托合同\n甲方（委托人）："))
        #expect(furniture.isEmpty)
        #expect(lines.filter { $0.text == "委托合同" }.count == 2)
    }

    @Test("a page-number line alone at a page break is furniture; a number in a sentence is not")
    func pageNumbers() {
        let (lines, furniture) = TextPipeline.normalize(textLines("第一条 定义\n\n- 3 -\n\n\n第二条 费用为3元。"))
        #expect(furniture.map(\.kind) == [.pageNumber])
        #expect(lines.map(\.text) == ["第一条 定义", "第二条 费用为3元。"])
    }
}
