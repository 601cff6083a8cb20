import Extractor
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import Review
import Schema
import Store
import Testing
import TestSupport

/// A real review server on a free port over a SQLite store holding seed-000.pdf (extracted
/// here, so every value has its page and box) and a text contract whose party is `<script>…`.
final class RunningServer: @unchecked Sendable {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedSHA = "bcf2dc6a80a895b1a4bace34cf458de01508d65c452380afafb032496a14d109"
    let dir: URL
    let store: ContractStore
    let server: ReviewServer
    let task: Task<Void, Error>
    let url: URL
    let scriptSHA: String

    init() async throws {
        dir = Scratch.directory("ce-review")
        let files = dir.appendingPathComponent("files")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("corpus/seed-000.pdf"), to: files.appendingPathComponent("seed-000.pdf"))
        let hostile = files.appendingPathComponent("hostile.txt")
        try Data("服务合同\n甲方：<script>alert(1)</script>有限公司\n乙方：某某科技有限公司\n第一条 服务内容\n乙方提供服务。\n".utf8).write(to: hostile)
        store = try ContractStore(StoreLocation(dir.appendingPathComponent("c.sqlite").path), mode: .write)
        var options = ExtractionOptions()
        options.ocr = .never
        var scriptSHA = ""
        for file in [files.appendingPathComponent("seed-000.pdf"), hostile] {
            let record = try Extractor(options: options).extract(contentsOf: file)
            try store.ingest(record, json: String(decoding: try JSONCoding.encode(record, pretty: false), as: UTF8.self), extractorVersion: "0.1.0")
            if file == hostile { scriptSHA = record.source.sha256 }
        }
        self.scriptSHA = scriptSHA
        server = ReviewServer(store: store, configuration: .init(port: 0, reviewer: "测试员", files: [files], cache: dir.appendingPathComponent("cache")))
        let (stream, continuation) = AsyncStream<URL>.makeStream()
        let server = server
        task = Task { try await server.run { continuation.yield($0); continuation.finish() } }
        var iterator = stream.makeAsyncIterator()
        url = try #require(await iterator.next())
    }

    func stop() {
        task.cancel()
        try? FileManager.default.removeItem(at: dir)
    }

    /// One request; redirects are not followed.
    func fetch(_ path: String, method: String = "GET", form: [String: String]? = nil) async throws -> (status: Int, headers: [String: String], body: Data) {
        var request = URLRequest(url: URL(string: path, relativeTo: url)!)
        request.httpMethod = method
        if let form {
            request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(form.map { "\(FormData.encode($0.key))=\(FormData.encode($0.value))" }.joined(separator: "&").utf8)
        }
        let session = URLSession(configuration: .ephemeral, delegate: NoRedirects(), delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        return try await withCheckedThrowingContinuation { continuation in
            session.dataTask(with: request) { data, response, error in
                if let error { return continuation.resume(throwing: error) }
                let http = response as! HTTPURLResponse
                var headers: [String: String] = [:]
                for (k, v) in http.allHeaderFields { headers[String(describing: k).lowercased()] = String(describing: v) }
                continuation.resume(returning: (http.statusCode, headers, data ?? Data()))
            }.resume()
        }
    }

    func html(_ path: String) async throws -> String {
        let r = try await fetch(path)
        #expect(r.status == 200, "\(path)")
        return String(decoding: r.body, as: UTF8.self)
    }

    func token() async throws -> String {
        let page = try await html("/doc/\(Self.seedSHA)")
        return try #require(page.firstMatch(of: /name="token" value="([0-9a-f]{64})"/)).1.description
    }
}

final class NoRedirects: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}

@Suite("Review server", .serialized, .slowLane)
struct ReviewServerTests {
    @Test("The list shows every agreement with status; pages carry the Content-Security-Policy; scripts only from the server")
    func list() async throws {
        let s = try await RunningServer()
        defer { s.stop() }
        let r = try await s.fetch("/")
        #expect(r.status == 200)
        #expect(r.headers["content-security-policy"]?.contains("script-src 'self'") == true)
        #expect(r.headers["content-security-policy"]?.contains("unsafe-inline") == false)
        let page = String(decoding: r.body, as: UTF8.self)
        #expect(page.contains("seed-000.pdf") && page.contains("塔城市公安局") && page.contains("hostile.txt"))
        #expect(page.contains("/doc/\(RunningServer.seedSHA)#a1"))
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("needs attention"))  // seed-000 has warnings
        let filtered = try await s.html("/?party=%E5%A1%94%E5%9F%8E")  // 塔城
        #expect(filtered.contains("seed-000.pdf") && !filtered.contains("hostile.txt"))
        #expect(try await s.html("/static/review.js").contains("scrollIntoView"))
    }

    @Test("The document view draws the 甲方 name's box from the record, and serves page 1 as an image, cached")
    func document() async throws {
        let s = try await RunningServer()
        defer { s.stop() }
        let page = try await s.html("/doc/\(RunningServer.seedSHA)")
        let record = try #require(try s.store.record(sha256: RunningServer.seedSHA))
        let box = try #require(record.contracts[0].provenance?.parties[0].name?.bbox)
        #expect(page.contains("id=\"box-e1-parties_0__name\" data-entry=\"e1-parties_0__name\" href=\"#e1-parties_0__name\" data-bbox=\"\(DocumentPage.bbox(box))\""))
        #expect(page.contains("<span class=\"value\">塔城市公安局</span>"))
        #expect(page.contains("data-width=\"595.3\""))
        let image = try await s.fetch("/doc/\(RunningServer.seedSHA)/page/1")
        #expect(image.status == 200 && image.headers["content-type"] == "image/png")
        #expect(image.body.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(FileManager.default.fileExists(atPath: s.dir.appendingPathComponent("cache/\(RunningServer.seedSHA)/1.png").path))
        #expect(try await s.fetch("/doc/\(RunningServer.seedSHA)/page/99").status == 404)
    }

    @Test("Documents are addressed by sha256 only: anything else is 404")
    func addressing() async throws {
        let s = try await RunningServer()
        defer { s.stop() }
        for path in ["/doc/..%2F..%2Fetc%2Fpasswd", "/doc/seed-000.pdf", "/doc/\(String(repeating: "0", count: 64))",
                     "/doc/\(RunningServer.seedSHA.uppercased())", "/doc/\(String(repeating: "0", count: 64))/page/1"] {
            #expect(try await s.fetch(path).status == 404, "\(path)")
        }
    }

    @Test("A correction needs the session token (403 without); with it, the page shows the correction and the extracted value")
    func correction() async throws {
        let s = try await RunningServer()
        defer { s.stop() }
        let form = ["agreement": "1", "path": "parties[0].name", "status": "corrected", "corrected": "塔城市审核局"]
        let action = "/doc/\(RunningServer.seedSHA)/review"
        #expect(try await s.fetch(action, method: "POST", form: form).status == 403)
        #expect(try await s.fetch(action, method: "POST", form: form.merging(["token": String(repeating: "a", count: 64)]) { $1 }).status == 403)
        #expect(try await s.fetch(action, method: "GET").status != 303)
        var with = form
        with["token"] = try await s.token()
        let saved = try await s.fetch(action, method: "POST", form: with)
        #expect(saved.status == 303)
        #expect(saved.headers["location"] == "/doc/\(RunningServer.seedSHA)#e1-parties_0__name")
        let page = try await s.html("/doc/\(RunningServer.seedSHA)")
        #expect(page.contains("<span class=\"value\">塔城市审核局</span> <span class=\"review\">corrected by 测试员</span> <span class=\"extracted\">extracted: 塔城市公安局</span>"))
        #expect(try s.store.reviews(sha256: RunningServer.seedSHA).first?.reviewer == "测试员")
        // A value that does not fit is refused with the reason, nothing stored.
        with["path"] = "amounts[0].value"
        with["corrected"] = "三十八"
        let bad = try await s.fetch(action, method: "POST", form: with)
        #expect(bad.status == 400 && String(decoding: bad.body, as: UTF8.self).contains("not a decimal amount"))
        #expect(try s.store.reviews(sha256: RunningServer.seedSHA).count == 1)
    }

    @Test("A document's text is escaped: a party named <script> shows as text; the text view marks its spans")
    func escaping() async throws {
        let s = try await RunningServer()
        defer { s.stop() }
        let page = try await s.html("/doc/\(s.scriptSHA)")
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;有限公司"))
        #expect(page.contains("<pre id=\"text\">"))
        #expect(page.contains("<mark class=\"span\" id=\"box-e1-parties_0__name\""))
    }
}
