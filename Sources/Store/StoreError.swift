/// Why a store could not be used, as one line for people naming the store (never its password).
/// `exitStatus` is the status docs/cli.md documents: 64 for a `--db` that is neither a path nor
/// a PostgreSQL URL, 66 for a store to read that does not exist, 69 for every other store failure.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable { case badLocation, missing, unavailable }
    public var kind: Kind
    public var store: String
    public var reason: String

    public init(_ kind: Kind, store: String, reason: String) {
        self.kind = kind
        self.store = store
        self.reason = reason
    }

    public var description: String { "\(store): \(reason)" }

    public var exitStatus: Int32 {
        switch kind {
        case .badLocation: 64
        case .missing: 66
        case .unavailable: 69
        }
    }
}
