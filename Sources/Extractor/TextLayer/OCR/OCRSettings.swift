/// How pages are rendered for OCR: 200 dpi read the seed scans better than 300
/// (character error rate 2.3% against 3.7%, notes/platform.md).
public enum OCRSettings {
    public static let dpi = 200.0
    /// How colour page images become gray (see `ImageFile.GrayMode`): the red channel, in which
    /// red seals are as light as the paper. Measured on the real photo xincai hetong1.jpeg
    /// (PP-OCRv4): its title under a red seal reads `县学生宿舍用品采购并安装合同书` from luminance
    /// (the seal's 县 taken as text) and `学生宿舍用品采购并安装合同书` from the red channel; the
    /// next seven lines read the same either way.
    static let imageGray: ImageFile.GrayMode = .red
}
