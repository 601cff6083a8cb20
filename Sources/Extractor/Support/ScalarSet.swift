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

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x10000 { return bmp[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return other.contains(scalar)
    }
}
