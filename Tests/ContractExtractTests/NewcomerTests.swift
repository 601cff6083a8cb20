import Foundation
import Testing
import TestSupport

/// What a new user meets first: the human view, clear messages for the usual slips, refused
/// formats named, and progress on a terminal during long waits.
@Suite("Newcomer", .slowLane)
struct NewcomerTests {
    let scratch: URL = Scratch.directory("ce-new")

    /// Runs the binary under a pseudo-terminal (`script`), as a person at a terminal would; the
    /// terminal shows stdout and stderr together.
    static func onTerminal(_ arguments: [String], noColor: Bool = false) throws -> (status: Int32, screen: String) {
        let command = ([CLI.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = CLI.root
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = noColor ? "1" : nil  // the test runner may set it for itself
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("show: title, parties with details, total with its 大写 check, dates, term, dispute, copies, diagnostics")
    func show() throws {
        let r = try CLI.run(["show", "corpus/seed-001.pdf"])
        #expect(r.status == 0 && r.stderr.isEmpty)
        let lines = r.text.split(separator: "\n").map(String.init)
        #expect(lines.first == "seed-001.pdf · PDF, 25 pages, text layer")
        #expect(lines.contains("[1/3 合同] 蛟河市人民法院移动办公办案服务采购项目服务协议  p.1"))
        #expect(lines.contains("甲方  蛟河市人民法院  p.1"))
        #expect(lines.contains("  法定代表人  赵志军"))
        #expect(lines.contains("  信用代码    11220000013525084B"))
        #expect(lines.contains("合同总额  ¥482,190.00  大写 肆拾捌万贰仟壹佰玖拾元整 ✓ 一致  p.3"))
        #expect(lines.contains("签订日期  2024-03-11"))
        #expect(lines.contains("期限      （三）年；36 个月"))
        #expect(lines.contains("争议解决  诉讼 — 甲方所在地有管辖权的人民法院"))
        #expect(lines.contains("份数      一式 4 份（甲方 2 份，乙方 2 份）"))
        #expect(lines.contains("Diagnostics: 0 errors, 3 warnings"))
        #expect(lines.contains { $0.hasPrefix("  warning party-conflict  p.1 乙方 is") })
        // No escape codes off a terminal; the same bytes every time.
        #expect(!r.text.contains("\u{1B}"))
        #expect(try CLI.run(["show", "corpus/seed-001.pdf"]).stdout == r.stdout)
    }

    @Test("show never passes a document's control characters to the terminal")
    func showControlCharacters() throws {
        let path = scratch.appendingPathComponent("esc.txt")
        // One ESC in a page of ordinary text passes the binary check (under 2% control characters).
        let body = String(repeating: "第一条 甲方向乙方购买办公设备一批，规格、数量和价格见附件。\n", count: 3)
        try Data("买卖合同\n甲方：\u{1B}[31m红色公司\n乙方：蓝色公司\n\(body)".utf8).write(to: path)
        let r = try CLI.run(["show", path.path])
        #expect(r.status == 0)
        #expect(!r.stdout.contains(0x1B))
        #expect(r.text.contains("\u{FFFD}[31m红色公司"))
    }

    @Test("show on a terminal: the same text, titles in bold")
    func showOnTerminal() throws {
        let (status, screen) = try Self.onTerminal(["show", "corpus/seed-000.txt"])
        #expect(status == 0)
        // Compared as bytes: Foundation's `contains` does not match across the escape character.
        let bold = Array("\u{1B}[1m物联卡业务协议\u{1B}[0m".utf8)
        let bytes = Array(screen.utf8)
        #expect((0...(bytes.count - bold.count)).contains { Array(bytes[$0..<$0 + bold.count]) == bold })
        // NO_COLOR (no-color.org) turns the styling off.
        #expect(!(try Self.onTerminal(["show", "corpus/seed-000.txt"], noColor: true)).screen.utf8.contains(0x1B))
    }

    @Test("DOC, WPS, RTF, ODT, Pages, XLSX, images are refused, named, with how to convert them (exit 65)",
          arguments: [
            ("contract.odt", Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0]), "unsupported format: OpenDocument text (ODT); convert it to DOCX first, e.g. libreoffice --headless --convert-to docx"),
            ("contract.pages", Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0]), "unsupported format: Apple Pages; export it from Pages as Word"),
            ("prices.xlsx", Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0]), "unsupported format: Excel (XLSX); a spreadsheet is not read as a contract"),
            ("contract.wps", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]), "unsupported format: WPS document; convert it to DOCX first"),
            ("contract.doc", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]), "unsupported format: Word 97–2003 (DOC); convert it to DOCX first, e.g. libreoffice --headless --convert-to docx"),
            ("scan.gif", Data("GIF89a".utf8), "unsupported format: a GIF image; convert it to PNG, JPEG or TIFF"),
            ("contract.rtf", Data(#"{\rtf1\ansi 合同}"#.utf8), "unsupported format: RTF"),
          ])
    func unsupported(name: String, bytes: Data, message: String) throws {
        let path = scratch.appendingPathComponent(name)
        try bytes.write(to: path)
        let r = try CLI.run([path.path])
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("contract-extract: error: \(path.path): \(message)"), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test("a directory for convert: use batch (exit 64)")
    func directory() throws {
        let r = try CLI.run(["corpus"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("corpus: is a directory; to convert the files in it: contract-extract batch corpus --out DIR"))
    }

    @Test("a mistyped command gets a suggestion (exit 64); a missing file stays 66", arguments: [
        ("bach", "batch"), ("shwo", "show"), ("regres", "regress"), ("txt", "text"), ("scema", "schema"),
    ])
    func typo(word: String, command: String) throws {
        let r = try CLI.run([word, "inbox/", "--out", "records"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("\(word): no such file or command; did you mean `contract-extract \(command)`?"))
    }

    @Test("a missing file that is no command's near miss: exit 66")
    func missing() throws {
        let r = try CLI.run(["agreement.pdf"])
        #expect(r.status == 66 && r.stderr == "contract-extract: error: agreement.pdf: no such file\n")
        #expect(try CLI.run(["contract"]).status == 66)
    }

    @Test("-o into a missing directory names the directory (exit 74), writes nothing")
    func outputDirectoryMissing() throws {
        let target = scratch.appendingPathComponent("no/such/dir/out.json")
        let r = try CLI.run(["corpus/seed-000.txt", "-o", target.path])
        #expect(r.status == 74)
        #expect(r.stderr == "contract-extract: error: \(target.path): cannot write output (no such directory: \(target.deletingLastPathComponent().path))\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("no").path))
    }

    @Test("-o to a 240-byte name: written whole, no temporary file left")
    func longOutputName() throws {
        let name = String(repeating: "合", count: 78) + ".json"  // 78 × 3 + 5 = 239 bytes
        let target = scratch.appendingPathComponent(name)
        let r = try CLI.run(["corpus/seed-000.txt", "-o", target.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Data(contentsOf: target) == (try CLI.run(["corpus/seed-000.txt"])).stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == [name])
    }

    @Test("regress on a terminal shows documents done; piped, it prints only the report")
    func regressProgress() throws {
        let (status, screen) = try Self.onTerminal(["regress", "seed-000.txt"])
        #expect(status == 0)
        #expect(screen.contains("1/1 documents"))
        #expect(screen.contains("1 passed, 0 failed"))
        let piped = try CLI.run(["regress", "seed-000.txt"])
        #expect(!piped.stderr.contains("documents") && !piped.text.contains("documents"))
    }

    @Test("OCR on a terminal shows the page it is on")
    func ocrProgress() throws {
        // One page of a text-layer PDF, read by OCR anyway (--ocr always): a couple of seconds.
        let page = scratch.appendingPathComponent("page.pdf")
        try CLI.onePage(of: "seed-000.pdf", page: 8, to: page)
        let (status, screen) = try Self.onTerminal(["show", "--ocr", "always", page.path])
        #expect(status == 0)
        #expect(screen.contains("OCR page 1/1"))
        #expect(screen.contains("page.pdf · PDF, 1 page, OCR"))
        // The same page piped in, with the OCR restart (OMP_THREAD_LIMIT unset) before stdin is read.
        var environment = ProcessInfo.processInfo.environment
        environment["OMP_THREAD_LIMIT"] = nil
        let piped = try CLI.run(["show", "--ocr", "always", "-"], stdin: try Data(contentsOf: page), environment: environment)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.text.hasPrefix("stdin · PDF, 1 page, OCR"))
    }
}
