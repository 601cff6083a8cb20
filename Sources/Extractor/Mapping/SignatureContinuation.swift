import Schema

/// A two-column signature block that runs onto the next page without its role lines: bbj-purchase
/// ends page 1 with 甲方（公章）… | 乙方（公章）… side by side and page 2 holds 经办人/电话/传真
/// twice, the left column 甲方's and the right column 乙方's. Read column by column, page 2 is one
/// run of `key：value` lines; it is split where its first key comes again, and when it has exactly
/// as many groups as the block before it had roles, group i belongs to role i. Anything else
/// (one group, a different count, a run that does not open a page) is left to the running role.
enum SignatureContinuation {
    /// Line index → the role its `key：value` belongs to, from the lines' party entries and
    /// `key：value` readings (made once by `AgreementAnalysis`).
    static func roles(lines: LineSelection, entries: [[KeyValueReader.PartyEntry]], readings: [KeyValueReader.Reading?],
                      location: (Range<Int>) -> Location) -> [Int: String] {
        var blockRoles: [String] = []
        var out: [Int: String] = [:]
        var i = 0
        while i < lines.count {
            let roles = entries[i].map(\.canonical)
            if !roles.isEmpty {
                for role in roles where !blockRoles.contains(role) { blockRoles.append(role) }
                i += 1
                continue
            }
            if lines[i].label != nil { blockRoles = [] }
            guard i > 0, blockRoles.count >= 2, let page = location(lines[i].range).page,
                  page != location(lines[i - 1].range).page else { i += 1; continue }
            var keys: [PartyKey] = []
            while i + keys.count < lines.count, let reading = readings[i + keys.count] {
                keys.append(reading.key)
            }
            let starts = keys.indices.filter { keys[$0] == keys.first }
            if starts.count == blockRoles.count {
                for (group, start) in starts.enumerated() {
                    let end = group + 1 < starts.count ? starts[group + 1] : keys.count
                    for k in start..<end { out[lines[i + k].index] = blockRoles[group] }
                }
            }
            i += max(keys.count, 1)
        }
        return out
    }
}
