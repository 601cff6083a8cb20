import Foundation
import Hummingbird
import Logging
import NIOCore
import Schema
import Store

/// The review page's web server (docs/review.md). Guarantees:
/// - it listens on `host` (127.0.0.1 unless told otherwise) and `port` (0: a free one);
/// - documents are addressed by sha256 only, never by a path from the request;
/// - every state change is a POST carrying this run's random token (403 without it);
/// - everything from a document is HTML-escaped, and every page is served with a
///   Content-Security-Policy that allows scripts, styles and images from the server only (no
///   inline script or style);
/// - `run` returns when SIGINT or SIGTERM asks it to stop, after open requests finish.
public final class ReviewServer: Sendable {
    public struct Configuration: Sendable {
        public var host: String
        public var port: Int
        public var reviewer: String
        /// Folders (or files) where the documents' original files are looked up by name.
        public var files: [URL]
        /// Where page images are cached, one folder per sha256.
        public var cache: URL

        public init(host: String = "127.0.0.1", port: Int = 0, reviewer: String, files: [URL], cache: URL) {
            self.host = host
            self.port = port
            self.reviewer = reviewer
            self.files = files
            self.cache = cache
        }
    }

    let configuration: Configuration
    let library: DocumentLibrary
    /// This run's token for POSTs: 32 random bytes in hex.
    let token: String

    public init(store: ContractStore, configuration: Configuration) {
        self.configuration = configuration
        library = DocumentLibrary(store: store, files: configuration.files, cache: configuration.cache)
        var generator = SystemRandomNumberGenerator()
        token = (0..<32).map { _ in String(UInt8.random(in: 0...255, using: &generator), radix: 16).leftPadded(2) }.joined()
    }

    static let securityHeaders: HTTPFields = [
        .contentSecurityPolicy: "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        HTTPFields.Element.Name("X-Content-Type-Options")!: "nosniff",
        HTTPFields.Element.Name("Referrer-Policy")!: "no-referrer",
        .cacheControl: "no-store",
    ]

    static func respond(_ status: HTTPResponse.Status, _ type: String, _ body: ByteBuffer, extra: HTTPFields = [:]) -> Response {
        var headers = securityHeaders
        headers[.contentType] = type
        for field in extra { headers[field.name] = field.value }
        return Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        respond(status, "text/html; charset=utf-8", ByteBuffer(string: text))
    }

    static func problem(_ status: HTTPResponse.Status, _ message: String) -> Response {
        html(HTML.page(title: "\(status.code)", bodyClass: "problem", "<header><a href=\"/\">← documents</a></header><p class=\"problem\">\(HTML.escape(message))</p>"),
             status: status)
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/") { request, _ in try self.list(request) }
        router.get("/static/review.js") { _, _ in
            Self.respond(.ok, "text/javascript; charset=utf-8", ByteBuffer(string: ReviewAssets.script))
        }
        router.get("/static/review.css") { _, _ in
            Self.respond(.ok, "text/css; charset=utf-8", ByteBuffer(string: ReviewAssets.style))
        }
        router.get("/favicon.ico") { _, _ in Self.respond(.noContent, "image/x-icon", ByteBuffer()) }
        router.get("/doc/:sha") { _, context in try self.document(context.parameters.get("sha") ?? "") }
        router.get("/doc/:sha/page/:page") { _, context in
            try self.page(context.parameters.get("sha") ?? "", context.parameters.get("page", as: Int.self))
        }
        router.post("/doc/:sha/review") { request, context in
            var request = request
            let body = try await request.collectBody(upTo: 1 << 16)
            return try self.review(context.parameters.get("sha") ?? "", form: FormData.parse(String(buffer: body)),
                                   headerToken: request.headers[HTTPFields.Element.Name("X-Review-Token")!])
        }
        return router
    }

    func list(_ request: Request) throws -> Response {
        let form = FormData.parse(request.uri.query ?? "")
        var query = SearchQuery()
        query.text = form["q"].flatMap { $0.isEmpty ? nil : $0 }
        query.party = form["party"].flatMap { $0.isEmpty ? nil : $0 }
        let (hits, statuses) = try library.search(query)
        let rows = ListPage.rows(hits, statuses: statuses, status: form["status"].flatMap { $0.isEmpty ? nil : $0 }, sort: form["sort"] ?? "file")
        return Self.html(ListPage.render(rows, form: form))
    }

    func document(_ sha: String) throws -> Response {
        guard DocumentLibrary.isSHA256(sha) else { return Self.problem(.notFound, "Documents are addressed by their sha256 (64 hex digits).") }
        guard let doc = try library.document(sha) else { return Self.problem(.notFound, "No document \(sha) in the store.") }
        let entries = ReviewEntries.of(reviewed: doc.reviewed, extracted: doc.extracted, reviews: doc.reviews)
        let text = doc.reviewed.source.pages.isEmpty ? try? library.text(sha) : nil
        return Self.html(DocumentPage.render(sha: sha, fileName: doc.extracted.source.fileName, reviewed: doc.reviewed, entries: entries,
                                             text: text, token: token, reviewer: configuration.reviewer))
    }

    func page(_ sha: String, _ number: Int?) throws -> Response {
        guard DocumentLibrary.isSHA256(sha), let number, number >= 1 else { return Self.problem(.notFound, "No such page.") }
        do {
            guard let image = try library.pageImage(sha, page: number) else {
                return Self.problem(.notFound, "The original file of \(sha) was not found (see --files).")
            }
            return Self.respond(.ok, image.mediaType, ByteBuffer(bytes: image.data), extra: [.cacheControl: "private, max-age=86400"])
        } catch {
            return Self.problem(.notFound, "\(error)")
        }
    }

    func review(_ sha: String, form: [String: String], headerToken: String?) throws -> Response {
        guard let given = form["token"] ?? headerToken, Self.same(given, token) else {
            return Self.problem(.forbidden, "This form is not from this review session (missing or wrong token); reload the page.")
        }
        guard DocumentLibrary.isSHA256(sha) else { return Self.problem(.notFound, "Documents are addressed by their sha256.") }
        guard let agreement = form["agreement"].flatMap({ Int($0) }), let path = form["path"], !path.isEmpty,
              let status = form["status"].flatMap(Review.Status.init(rawValue:)) else {
            return Self.problem(.badRequest, "A review needs agreement, path and status (confirmed, corrected or missing).")
        }
        let bbox = form["bbox"].map { $0.split(separator: ",").compactMap { Double($0) } }.flatMap { $0.count == 4 ? $0 : nil }
        let review = Review(agreement: agreement, path: path, status: status,
                            corrected: status == .confirmed ? nil : form["corrected"],
                            page: bbox == nil ? nil : form["page"].flatMap { Int($0) }, bbox: bbox, reviewer: configuration.reviewer)
        do {
            let stored = try library.addReview(review, sha256: sha)
            let id = ReviewEntry(agreement: stored.agreement, group: "", label: "", path: stored.path).id
            return Self.respond(.seeOther, "text/plain; charset=utf-8", ByteBuffer(string: "saved\n"), extra: [.location: "/doc/\(sha)#\(id)"])
        } catch let error as ReviewError {
            return Self.problem(.badRequest, error.description)
        } catch let error as StoreError where error.kind == .missing {
            return Self.problem(.notFound, error.description)
        }
    }

    /// Compares tokens in time independent of where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// Serves until SIGINT or SIGTERM; `ready` gets the URL once the server listens.
    public func run(ready: @escaping @Sendable (URL) -> Void) async throws {
        var logger = Logger(label: "contract-extract-review")
        logger.logLevel = .critical  // failures reach the caller as thrown errors
        let host = configuration.host
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                ready(URL(string: "http://\(shown):\(port)/")!)
            },
            logger: logger)
        try await app.runService()
    }
}
