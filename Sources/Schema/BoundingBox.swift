/// A rectangle in PDF points, origin at the page's top-left, y growing downwards. Coordinates
/// are rounded to two decimals on creation, so equal geometry always encodes to equal bytes.
/// Encodes as the array `[x0, y0, x1, y1]`.
public struct BoundingBox: Codable, Sendable, Equatable, Hashable {
    public let x0: Double
    public let y0: Double
    public let x1: Double
    public let y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = Self.round(Swift.min(x0, x1))
        self.y0 = Self.round(Swift.min(y0, y1))
        self.x1 = Self.round(Swift.max(x0, x1))
        self.y1 = Self.round(Swift.max(y0, y1))
    }

    /// The smallest box covering both.
    public func union(_ other: BoundingBox) -> BoundingBox {
        BoundingBox(x0: Swift.min(x0, other.x0), y0: Swift.min(y0, other.y0),
                    x1: Swift.max(x1, other.x1), y1: Swift.max(y1, other.y1))
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        let values = try (0..<4).map { _ in try container.decode(Double.self) }
        self.init(x0: values[0], y0: values[1], x1: values[2], y1: values[3])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(contentsOf: [x0, y0, x1, y1])
    }

    static func round(_ value: Double) -> Double {
        guard value.isFinite else { return 0 }
        let rounded = (value * 100).rounded() / 100
        return rounded == 0 ? 0 : rounded  // no "-0"
    }
}
