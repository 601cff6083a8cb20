/// How pages are rendered for OCR: at 200 dpi, which read the seed scans better than 300
/// (character error rate 2.3% against 3.7%, notes/platform.md), scans adjusted (`renderDPI`).
public enum OCRSettings {
    public static let dpi = 200.0
    /// Never more pixels than this in a page rendered for OCR (as for image files,
    /// `LeptonicaImage.maxPixels`): a PDF page may be 200 inches square.
    static let maxRenderPixels = 100_000_000

    /// The resolution a page of `width` × `height` points is rendered at for OCR, in whole dpi.
    /// A scanned page (`scanResolution`: its image's own pixels per inch) is rendered at `dpi`,
    /// but its image is never enlarged more than 4/3 or reduced below 2/3. That keeps the pixels
    /// the engine sees the same whatever page size the scanner wrote (a 150-dpi scan on an A2
    /// page is read as the same scan on A4, where at 200 dpi of A2 it was enlarged 2.7× and lost
    /// values), and it is what the scan benchmark found at both ends: a 150-dpi fax read at
    /// 200 dpi lost no value where read at 150 it lost three; a 300-dpi scan read at 200 kept
    /// 91% of its golden, at 300 85%. Single documents, and PP-OCR is that sensitive (one dpi
    /// less lost a table row): measured, not a law. Any page stays within `maxRenderPixels`.
    /// `base` replaces `dpi` (a fixed resolution asked for: scans are then not adjusted);
    /// `maxPixels` replaces `maxRenderPixels`.
    static func renderDPI(width: Double, height: Double, scanResolution: Double?, base: Double? = nil,
                          maxPixels: Int = maxRenderPixels) -> Double {
        var chosen = base ?? dpi
        if base == nil, let measured = scanResolution, measured > 0 {
            // Whole dots per inch: 1754 px over 842.04 pt is a 150-dpi scan, not 149.98.
            let own = max(1, measured.rounded())
            chosen = min(max(chosen, own * 2 / 3), own * 4 / 3).rounded()
        }
        let pixels = width * height * chosen * chosen / (72 * 72)
        if pixels > Double(maxPixels) { chosen = (chosen * (Double(maxPixels) / pixels).squareRoot()).rounded(.down) }
        return max(1, chosen)
    }

    /// How colour page images become gray (see `ImageFile.GrayMode`): the red channel, in which
    /// red seals are as light as the paper. Measured on the real photo xincai hetong1.jpeg
    /// (PP-OCRv4): its title under a red seal reads `县学生宿舍用品采购并安装合同书` from luminance
    /// (the seal's 县 taken as text) and `学生宿舍用品采购并安装合同书` from the red channel; the
    /// next seven lines read the same either way. Scanned PDF pages are rendered the same way:
    /// on zhaoxin-license-scan the seals over both parties' names and the signature table made
    /// 乙方's name come first (a seal's serial number read before 甲方：) and the table's rows
    /// mix (regress 59 → 48 differences); the other real scans stayed or improved by one.
    static let imageGray: ImageFile.GrayMode = .red
}
