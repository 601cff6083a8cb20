/// A value bound into or read out of either database: the store keeps only integers and text
/// (decimals as strings and exact cents, dates as ISO `yyyy-MM-dd`, booleans as 0/1), so both
/// backends hold the same rows and a dump of one equals a dump of the other.
enum StoreValue: Sendable, Equatable {
    case null
    case int(Int)
    case text(String)

    init(_ text: String?) { self = text.map(StoreValue.text) ?? .null }
    init(_ int: Int?) { self = int.map(StoreValue.int) ?? .null }
    init(_ flag: Bool?) { self = flag.map { .int($0 ? 1 : 0) } ?? .null }
}
