/// How pages are rendered for OCR: 200 dpi read the seed scans better than 300
/// (character error rate 2.3% against 3.7%, notes/platform.md).
public enum OCRSettings {
    public static let dpi = 200.0
    /// How colour page images become gray (see `ImageFile.GrayMode`).
    static let imageGray: ImageFile.GrayMode = .luminance
}
