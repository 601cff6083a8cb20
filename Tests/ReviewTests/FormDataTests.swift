@testable import Review
import Testing

@Suite("Form data")
struct FormDataTests {
    @Test("Forms decode + and %XX as UTF-8; the first value of a name wins; encoding round-trips")
    func forms() {
        let form = FormData.parse("corrected=%E5%A1%94%E5%9F%8E+%3Cb%3E&path=parties%5B0%5D.name&path=title&empty=&flag")
        #expect(form["corrected"] == "塔城 <b>")
        #expect(form["path"] == "parties[0].name")
        #expect(form["empty"] == "" && form["flag"] == "")
        #expect(FormData.parse("x=" + FormData.encode("甲方 & <乙方>=%")) == ["x": "甲方 & <乙方>=%"])
    }

    @Test("HTML escaping covers the five characters that matter")
    func escaping() {
        #expect(HTML.escape("<script>\"a\" & 'b'</script>") == "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;")
    }

    @Test("Status: reviewed once any review is stored; else needs attention when diagnostics exist")
    func status() {
        #expect(ReviewEntries.status(diagnostics: 3, reviews: 1) == .reviewed)
        #expect(ReviewEntries.status(diagnostics: 3, reviews: 0) == .attention)
        #expect(ReviewEntries.status(diagnostics: 0, reviews: 0) == .unreviewed)
    }
}
