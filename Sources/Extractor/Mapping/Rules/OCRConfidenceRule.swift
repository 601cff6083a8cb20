import Schema

/// `ocr-low-confidence`: a value the record reports — a 【】 field, an amount, a party's line, the
/// contract number's field — whose characters OCR read with a confidence under `threshold`
/// (Tesseract's 0–100 scale) is named with its confidence, so a person checks it against the
/// scan. Native text is never reported.
enum OCRConfidenceRule: MappingRule {
    static let threshold = 90.0

    static func apply(to contract: inout Contract, from analysis: AgreementAnalysis) -> [Diagnostic] {
        let text = analysis.text
        // Native text (nearly every contract): nothing to check, and no pass over its lines.
        guard let first = text.allLines.first, let last = text.allLines.last,
              text.ocrConfidence(first.range.lowerBound..<last.range.upperBound) != nil else { return [] }
        var spans: [(String, Location)] = []
        spans += contract.fields.compactMap { f in f.blank ? nil : f.location.map { ("field “\(f.value ?? "")”", $0) } }
        spans += contract.amounts.compactMap { a in a.location.map { ("amount “\(a.text)”", $0) } }
        spans += contract.parties.compactMap { p in p.location.map { ("party line of \(p.role)", $0) } }
        // Every `key：value` a party detail comes from (法定代表人, 电话, 邮箱, 账号 …).
        for kv in analysis.keyValues {
            spans.append(("value “\(kv.reading.value)”", text.location(kv.line.range)))
        }
        var seen = Set<Range<Int>>()
        return spans.compactMap { what, location in
            let range = location.start..<location.end
            guard seen.insert(range).inserted, let confidence = text.ocrConfidence(range), confidence < threshold else { return nil }
            return Diagnostic(severity: .warning, code: "ocr-low-confidence",
                              message: "The \(what) was read by OCR with confidence \(Int(confidence.rounded()))%: check it against the scan.",
                              location: location)
        }
    }
}
