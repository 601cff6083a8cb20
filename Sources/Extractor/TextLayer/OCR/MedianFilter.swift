extension GrayImage {
    /// The image with every pixel replaced by the median of its 3 × 3 neighbourhood (pixels beyond
    /// the border repeat the border). Removes a speckled bilevel scan's specks and fills its
    /// dropouts (one or two pixels) while strokes two pixels wide or more stay; PP-OCR's detector
    /// reads such a page's thin strokes only after it (`二、` of `二、双方的权利和义务` on the fax
    /// copy of seed-000, make bench-scans). It turns thin strokes gray, so a clean scan is left
    /// as it is (`Speckle`).
    ///
    /// Each column of three is sorted once; the median of nine is then the median of the
    /// largest low, the median middle and the smallest high of three neighbouring columns.
    func median3x3() -> GrayImage {
        guard width > 0, height > 0 else { return self }
        var out = self
        let w = width, h = height
        var low = [UInt8](repeating: 0, count: w), middle = low, high = low
        pixels.withUnsafeBufferPointer { source in
            out.pixels.withUnsafeMutableBufferPointer { target in
                low.withUnsafeMutableBufferPointer { lo in
                    middle.withUnsafeMutableBufferPointer { mid in
                        high.withUnsafeMutableBufferPointer { hi in
                            for y in 0..<h {
                                let above = max(y - 1, 0) * w, here = y * w, below = min(y + 1, h - 1) * w
                                for x in 0..<w {
                                    var a = source[above + x], b = source[here + x], c = source[below + x]
                                    if a > b { swap(&a, &b) }
                                    if b > c { swap(&b, &c) }
                                    if a > b { swap(&a, &b) }
                                    lo[x] = a
                                    mid[x] = b
                                    hi[x] = c
                                }
                                for x in 0..<w {
                                    let l = max(x - 1, 0), r = min(x + 1, w - 1)
                                    let largestLow = max(lo[l], lo[x], lo[r])
                                    let smallestHigh = min(hi[l], hi[x], hi[r])
                                    target[here + x] = Self.median(largestLow, Self.median(mid[l], mid[x], mid[r]), smallestHigh)
                                }
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    @inline(__always)
    private static func median(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt8 {
        max(min(a, b), min(max(a, b), c))
    }
}
