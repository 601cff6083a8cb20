/// Some of a file's parsed lines, in order, without copying them: the one array of lines the
/// clause parser made, shared, and the positions chosen. An agreement's three views of its lines
/// (body, all, before the attachments) were copies of the line values, a third of the memory of
/// parsing.
struct LineSelection: RandomAccessCollection, Sendable {
    private let all: [ParsedLine]
    private let positions: [Int32]

    /// The lines of `all` at `positions`, which ascend.
    init(_ all: [ParsedLine], positions: some Sequence<Int>) {
        self.all = all
        self.positions = positions.map(Int32.init)
    }

    /// Every line of `lines`.
    init(_ lines: [ParsedLine]) {
        self.init(lines, positions: lines.indices)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { positions.count }
    subscript(position: Int) -> ParsedLine { all[Int(positions[position])] }
}

extension LineSelection: ExpressibleByArrayLiteral {
    init(arrayLiteral lines: ParsedLine...) {
        self.init(lines)
    }
}
