/// When the regression run may write golden files, like snapshot testing's record modes.
/// `never` (the default) writes nothing; `missing` writes goldens that do not exist yet; `all`
/// rewrites every golden that differs (`regress --update`). Read from `GOLDEN_RECORD`.
public enum RecordMode: String, Sendable, CaseIterable {
    case never, missing, all

    /// `GOLDEN_RECORD=missing|all|never`; unset or empty is `never`; anything else is an error
    /// rather than a silent `never`.
    public init(environment: [String: String]) throws {
        let raw = environment["GOLDEN_RECORD"] ?? ""
        guard let mode = raw.isEmpty ? .never : RecordMode(rawValue: raw) else {
            throw RegressionError.badRecordMode(raw)
        }
        self = mode
    }
}
