/// Why an input could not be read. Every case names the file; `description` is the one line the
/// CLI prints after `contract-extract: error: `, and `exitCode` is the status cli.md documents
/// (66 for a missing input, 65 for input that is not a readable PDF, DOCX, HTML or text file).
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(String)
    case isDirectory(String)
    case unreadable(String, reason: String)
    case empty(String)
    case tooLarge(String, bytes: Int, limit: Int)
    case damaged(String, reason: String)
    case encrypted(String)
    case binary(String, kind: String)
    /// A document format the tool does not read (HTML, Word, images …), with how to convert it.
    case unsupported(String, format: String, advice: String)

    public var fileName: String {
        switch self {
        case .notFound(let f), .isDirectory(let f), .unreadable(let f, _), .empty(let f),
             .tooLarge(let f, _, _), .damaged(let f, _), .encrypted(let f), .binary(let f, _), .unsupported(let f, _, _):
            return f
        }
    }

    /// The same error naming the input as `name` (the path the user gave, say).
    public func naming(_ name: String) -> ExtractionError {
        switch self {
        case .notFound: return .notFound(name)
        case .isDirectory: return .isDirectory(name)
        case .unreadable(_, let reason): return .unreadable(name, reason: reason)
        case .empty: return .empty(name)
        case .tooLarge(_, let bytes, let limit): return .tooLarge(name, bytes: bytes, limit: limit)
        case .damaged(_, let reason): return .damaged(name, reason: reason)
        case .encrypted: return .encrypted(name)
        case .binary(_, let kind): return .binary(name, kind: kind)
        case .unsupported(_, let format, let advice): return .unsupported(name, format: format, advice: advice)
        }
    }

    public var description: String {
        switch self {
        case .notFound(let f): return "\(f): no such file"
        case .isDirectory(let f): return "\(f): is a directory, not a file"
        case .unreadable(let f, let reason): return "\(f): cannot be read (\(reason))"
        case .empty(let f): return "\(f): the file is empty (no text)"
        case .tooLarge(let f, let bytes, let limit):
            return "\(f): too large (\(bytes) bytes; the limit is \(limit))"
        case .damaged(let f, let reason): return "\(f): \(reason)"
        case .encrypted(let f): return "\(f): the PDF is encrypted and needs a password"
        case .binary(let f, let kind): return "\(f): not a text file: \(kind)"
        case .unsupported(let f, let format, let advice):
            return "\(f): unsupported format: \(format); \(advice.replacingOccurrences(of: "FILE", with: f))"
        }
    }

    /// sysexits.h: EX_NOINPUT (66) for a missing input, EX_DATAERR (65) for unreadable content.
    public var exitCode: Int32 {
        switch self {
        case .notFound: return 66
        case .unreadable: return 66
        default: return 65
        }
    }
}
