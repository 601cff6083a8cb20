/// Finds the vertical rules of a scanned page: lines of dark pixels at least three quarters of
/// an inch long and at most a millimetre or so thick, followed along the page's skew. Seals that
/// cross a rule are red and fade in the red-channel gray the OCR engine is sent, so the rule
/// stays whole; a break of up to half a millimetre (a scanner's dropout) is bridged. Wide dark
/// areas (a photo, a black scan border) are not rules.
///
/// A scan has no drawing commands to say where its table lines are, so the pixels are the only
/// source: a two-party signature table on a scan is read column by column only because its
/// divider is found here (zhaoxin-license-scan, page 8).
enum RuleFinder {
    /// Pixels darker than this are ink.
    static let ink: UInt8 = 128

    /// The rules of `image` (upright) whose lines run at right angles to text lines of slope
    /// `slope` (dy/dx, y down), as segments in points; each rule's x is its mean column.
    static func verticalRules(in image: GrayImage, slope: Double = 0) -> [VerticalRule] {
        let w = image.width, h = image.height
        guard w >= 3, h >= 3, image.pixels.count >= w * h, image.dpi > 0 else { return [] }
        let minLength = max(8, Int(image.dpi * 0.75))
        let gap = max(2, Int(image.dpi / 50))
        let maxThickness = max(4, Int(image.dpi / 25))
        // Every other row at 150 dpi and more: a rule is whole in each, and half the work.
        let step = image.dpi >= 150 ? 2 : 1
        // A line at right angles to the text runs along (-slope, 1).
        let shift = (0..<h).map { Int((-slope * Double($0)).rounded()) }
        let pad = (shift.map(abs).max() ?? 0) + 1
        // Row by row (the pixels' own order), each skewed column keeping its open run.
        let columns = w + 2 * pad
        var start = [Int](repeating: -1, count: columns), last = [Int](repeating: -1, count: columns)
        var dark = [Bool](repeating: false, count: w)
        var runs: [Run] = []
        func close(_ c: Int) {
            if start[c] >= 0, last[c] - start[c] + 1 >= minLength { runs.append(Run(x0: c - pad, top: start[c], bottom: last[c])) }
            start[c] = -1
        }
        image.pixels.withUnsafeBufferPointer { px in
            dark.withUnsafeMutableBufferPointer { dark in
                for y in stride(from: 0, to: h, by: step) {
                    let row = y * w
                    for x in 1..<(w - 1) {
                        dark[x] = px[row + x - 1] < ink || px[row + x] < ink || px[row + x + 1] < ink
                    }
                    // Column c crosses this row at x = c - pad + shift[y].
                    let offset = shift[y] - pad
                    let lo = max(0, 1 - offset), hi = min(columns, w - 1 - offset)
                    guard lo < hi else { continue }
                    for c in lo..<hi where dark[c + offset] {
                        if start[c] < 0 || y - last[c] > gap + step {
                            close(c)
                            start[c] = y
                        }
                        last[c] = y
                    }
                }
            }
        }
        for c in 0..<columns { close(c) }
        runs.sort { $0.x0 < $1.x0 }
        let scale = 72 / image.dpi
        return groups(of: runs).compactMap { group in
            let top = group.map(\.top).min()!, bottom = group.map(\.bottom).max()!
            // Thin in every row: a line a little off the slope given crosses several columns
            // along its length but few at any one height; a dark area covers many at once.
            var cover = [Int](repeating: 0, count: bottom - top + 2)
            for run in group {
                cover[run.top - top] += 1
                cover[run.bottom - top + 1] -= 1
            }
            var thickest = 0, covering = 0
            for delta in cover {
                covering += delta
                thickest = max(thickest, covering)
            }
            guard thickest <= maxThickness + 2 else { return nil }
            func x(at row: Int) -> Double {
                let here = group.filter { $0.top <= row && row <= $0.bottom }.map(\.x0)
                return Double(here.min()! + here.max()!) / 2 + Double(shift[row])
            }
            return VerticalRule(x: (x(at: top) + x(at: bottom)) / 2 * scale, y0: Double(top) * scale, y1: Double(bottom) * scale)
        }
    }

    /// A long run of ink down one (skewed) column.
    private struct Run {
        var x0: Int
        var top: Int
        var bottom: Int
    }

    /// Runs in neighbouring columns that overlap vertically: one line seen through several
    /// columns (its thickness, the one-pixel tolerance either side, a slope a little off).
    /// `runs` are in column order; only groups that reached the previous column stay open.
    private static func groups(of runs: [Run]) -> [[Run]] {
        var groups: [[Run]] = []
        var open: [(group: Int, runs: [Run])] = []   // runs of the column just before, per group
        var column = Int.min
        var current: [(group: Int, run: Run)] = []
        func advance(to x0: Int) {
            guard x0 != column else { return }
            // The column finished becomes the one the next column's runs may touch.
            let finished = current
            if x0 == column + 1 {
                open = Dictionary(grouping: finished, by: \.group).map { ($0.key, $0.value.map(\.run)) }
            } else {
                open = []
            }
            current = []
            column = x0
        }
        for run in runs {
            advance(to: run.x0)
            if let touching = open.first(where: { $0.runs.contains { $0.top <= run.bottom && run.top <= $0.bottom } }) {
                groups[touching.group].append(run)
                current.append((touching.group, run))
            } else {
                groups.append([run])
                current.append((groups.count - 1, run))
            }
        }
        return groups
    }
}

extension GrayImage {
    /// The image turned clockwise by `rotation` degrees (0, 90, 180 or 270; any other value
    /// leaves it as it is), as `PageOrientation.turned` turns boxes.
    func turned(clockwise rotation: Int) -> GrayImage {
        guard [90, 180, 270].contains(rotation), pixels.count >= width * height else { return self }
        let (w, h) = (width, height)
        let (outW, outH) = rotation == 180 ? (w, h) : (h, w)
        var out = [UInt8](repeating: 255, count: outW * outH)
        for v in 0..<outH {
            for u in 0..<outW {
                let (x, y): (Int, Int) = switch rotation {
                case 90: (v, h - 1 - u)
                case 180: (w - 1 - u, h - 1 - v)
                default: (w - 1 - v, u)
                }
                out[v * outW + u] = pixels[y * w + x]
            }
        }
        var image = self
        (image.width, image.height, image.pixels) = (outW, outH, out)
        return image
    }
}
