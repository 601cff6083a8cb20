import Foundation
import Testing
@testable import Extractor

@Suite("Golden diff")
struct GoldenDiffTests {
    func json(_ text: String) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) }

    @Test("a changed value reads as its path with both values")
    func changedValue() throws {
        let expected = try json(#"{"contracts":[{"parties":[]},{"parties":[{"phone":"17644262069","name":"甲"}]}]}"#)
        let actual = try json(#"{"contracts":[{"parties":[]},{"parties":[{"phone":null,"name":"甲"}]}]}"#)
        #expect(GoldenDiff.differences(expected: expected, actual: actual).map(\.description)
                == [#"contracts[1].parties[0].phone: expected "17644262069", got null"#])
    }

    @Test("extra and missing elements and members are (absent) on the other side")
    func absent() throws {
        let d = GoldenDiff.differences(expected: try json(#"{"a":[1,2],"b":true}"#), actual: try json(#"{"a":[1],"c":"x"}"#))
        #expect(d.map(\.description) == ["a[1]: expected 2, got (absent)", "b: expected true, got (absent)", #"c: expected (absent), got "x""#])
    }

    @Test("one element lost from a list reads as that element, not as every later one shifted")
    func aligned() throws {
        let expected = try json(#"{"fields":["a","b","c","d"]}"#)
        #expect(GoldenDiff.differences(expected: expected, actual: try json(#"{"fields":["a","c","d"]}"#)).map(\.description)
                == [#"fields[1]: expected "b", got (absent)"#])
        #expect(GoldenDiff.differences(expected: expected, actual: try json(#"{"fields":["a","b","x","c","d"]}"#)).map(\.description)
                == [#"fields[2]: expected (absent), got "x""#])
        #expect(GoldenDiff.differences(expected: expected, actual: try json(#"{"fields":["a","B","c"]}"#)).map(\.description)
                == [#"fields[1]: expected "b", got "B""#, #"fields[3]: expected "d", got (absent)"#])
    }

    @Test("equal values, numbers and nested objects give nothing; long values are shortened")
    func equal() throws {
        let v = try json(#"{"n":36,"x":2.5,"o":{"k":[null,false]}}"#)
        #expect(GoldenDiff.differences(expected: v, actual: v).isEmpty)
        let long = JSONValue.string(String(repeating: "甲", count: 300))
        #expect(long.brief().count == 120 && long.brief().hasSuffix("…"))
    }

    @Test("locations are not part of a golden")
    func withoutLocations() throws {
        let v = try json(#"{"location":{"start":1},"a":[{"location":null,"b":1}]}"#)
        #expect(v.removing(key: "location") == (try json(#"{"a":[{"b":1}]}"#)))
    }
}

@Suite("Known failures and record modes")
struct KnownFailuresTests {
    @Test("entries are `- \\`name\\` — reason` lines; prose is ignored")
    func parse() {
        let list = KnownFailures(markdown: """
            # Known failures
            Documents whose golden is right and the pipeline is not.
            - `seed-000-scan.pdf` — image-only; OCR is issue 7
            - `bbj.pdf`: fax misread
            * `not-an-entry.pdf` — other bullet
            """)
        #expect(list.reasons == ["seed-000-scan.pdf": "image-only; OCR is issue 7", "bbj.pdf": "fax misread"])
    }

    @Test("GOLDEN_RECORD: unset is never; a typo is an error, not a silent never")
    func recordMode() throws {
        #expect(try RecordMode(environment: [:]) == .never)
        #expect(try RecordMode(environment: ["GOLDEN_RECORD": "missing"]) == .missing)
        #expect(throws: RegressionError.self) { try RecordMode(environment: ["GOLDEN_RECORD": "yes"]) }
    }

    @Test("a record mode is never left on in CI")
    func offInCI() throws {
        let environment = ProcessInfo.processInfo.environment
        if environment["CI"] != nil || environment["GITHUB_ACTIONS"] != nil {
            #expect(try RecordMode(environment: environment) == .never, "GOLDEN_RECORD is set in CI: goldens must be reviewed, never blessed")
        }
    }
}
