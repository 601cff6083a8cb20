/// One difference between a golden record and the record the pipeline produced now.
public struct GoldenDifference: Equatable, Sendable, CustomStringConvertible {
    /// `contracts[1].parties[0].phone`
    public var path: String
    public var expected: String
    public var actual: String

    public var description: String { "\(path): expected \(expected), got \(actual)" }
}

/// Compares two JSON values member by member and element by element, so a change reads as the
/// path of what changed with both values, never as a whole-file mismatch. Lists are aligned on
/// their equal elements first (longest common subsequence), so one field lost from a list of
/// forty reads as that one field `(absent)`, not as forty shifted values; between aligned
/// elements the rest pair up by position. Indexes in paths are the golden's (the record's for
/// an added element).
public enum GoldenDiff {
    public static func differences(expected: JSONValue, actual: JSONValue, path: String = "") -> [GoldenDifference] {
        switch (expected, actual) {
        case (.object(let e), .object(let a)):
            return Set(e.keys).union(a.keys).sorted().flatMap { key -> [GoldenDifference] in
                let p = path.isEmpty ? key : "\(path).\(key)"
                switch (e[key], a[key]) {
                case (let x?, let y?): return differences(expected: x, actual: y, path: p)
                case (let x?, nil): return [GoldenDifference(path: p, expected: x.brief(), actual: "(absent)")]
                case (nil, let y?): return [GoldenDifference(path: p, expected: "(absent)", actual: y.brief())]
                case (nil, nil): return []
                }
            }
        case (.array(let e), .array(let a)):
            return arrayDifferences(e, a, path: path)
        default:
            return expected == actual ? [] : [GoldenDifference(path: path, expected: expected.brief(), actual: actual.brief())]
        }
    }

    static func arrayDifferences(_ e: [JSONValue], _ a: [JSONValue], path: String) -> [GoldenDifference] {
        // Equal elements that align (LCS table over the two lists).
        let n = e.count, m = a.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        if n != m {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i][j] = e[i] == a[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
        }
        var out: [GoldenDifference] = []
        var i = 0, j = 0
        var pendingE: [Int] = [], pendingA: [Int] = []
        func flush() {
            for k in 0..<max(pendingE.count, pendingA.count) {
                if k < pendingE.count, k < pendingA.count {
                    out += differences(expected: e[pendingE[k]], actual: a[pendingA[k]], path: "\(path)[\(pendingE[k])]")
                } else if k < pendingE.count {
                    out.append(GoldenDifference(path: "\(path)[\(pendingE[k])]", expected: e[pendingE[k]].brief(), actual: "(absent)"))
                } else {
                    out.append(GoldenDifference(path: "\(path)[\(pendingA[k])]", expected: "(absent)", actual: a[pendingA[k]].brief()))
                }
            }
            pendingE = []
            pendingA = []
        }
        while i < n || j < m {
            if n == m {
                pendingE.append(i); pendingA.append(j); i += 1; j += 1
            } else if i < n, j < m, e[i] == a[j] {
                flush(); i += 1; j += 1
            } else if j >= m || (i < n && table[i + 1][j] >= table[i][j + 1]) {
                pendingE.append(i); i += 1
            } else {
                pendingA.append(j); j += 1
            }
        }
        flush()
        return out
    }
}
