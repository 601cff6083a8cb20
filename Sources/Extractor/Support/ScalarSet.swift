/// A set of Unicode scalars whose membership test is one load and a shift (a bitmap of the Basic
/// Multilingual Plane; a hashed set only for the rare scalars beyond it). The readers test every
/// scalar of the text against a few of these, where a `Set<Unicode.Scalar>` hashed each one
/// (hashing was a seventh of the time of parse and map).
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private var bmp = [UInt64](repeating: 0, count: 0x10000 / 64)
    private var other = Set<Unicode.Scalar>()

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for scalar in scalars { insert(scalar) }
    }

    init(arrayLiteral scalars: Unicode.Scalar...) {
        self.init(scalars)
    }

    mutating func insert(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        if v < 0x10000 {
            bmp[Int(v >> 6)] |= 1 << UInt64(v & 63)
        } else {
            other.insert(scalar)
        }
    }

    /// Whether any of `scalars` is in the set, and the offset of the first that is, from
    /// `from`: the loop every word search runs, over raw memory (no bounds or buffer checks per
    /// scalar; the bitmap covers every value below 0x10000).
    func firstMember(in scalars: UnsafeBufferPointer<Unicode.Scalar>, from: Int) -> Int? {
        bmp.withUnsafeBufferPointer { bits in
            var i = from
            while i < scalars.count {
                let v = scalars[i].value
                if v < 0x10000 {
                    if bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 { return i }
                } else if other.contains(scalars[i]) {
                    return i
                }
                i += 1
            }
            return nil
        }
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x10000 { return bmp[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return other.contains(scalar)
    }
}
