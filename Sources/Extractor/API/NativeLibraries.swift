/// The PDF and image libraries (poppler, cairo, GLib; Leptonica), which load when a file first
/// needs them. `preload()` loads them now and guarantees that a process limit set afterwards
/// (the batch worker's address-space limit) limits conversions, not the mapping of libraries:
/// under a tight limit, mapping poppler's dependencies failed (`libsmime3.so: failed to map
/// segment`), and a PDF was reported as unreadable, the PDF reader missing.
public enum NativeLibraries {
    public static func preload() {
        _ = PopplerDocument.unavailable
        _ = ImageFile.unavailable
    }
}
