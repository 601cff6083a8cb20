/// Why a regression run could not start: each names what to fix.
public enum RegressionError: Error, CustomStringConvertible {
    case badRecordMode(String)
    case noCorpus(String)

    public var description: String {
        switch self {
        case .badRecordMode(let raw): "GOLDEN_RECORD must be missing, all or never (it is “\(raw)”)"
        case .noCorpus(let path): "\(path): no corpus directory there"
        }
    }
}
