/// Finds pipe tables (a GitHub extension) in a body. CommonMark has no tables: cmark renders one
/// as a paragraph of pipes, so `seam check` warns where a table starts.
enum TableSyntax {
    /// The line (1-based, within the body) of the first table's header row, or nil. A table is a
    /// line with a `|` followed by a delimiter row (`| --- | :-: |`), outside fenced code.
    static func firstTable(in body: String) -> Int? {
        var previousHasPipe = false
        var fence: Substring?
        var number = 0
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                previousHasPipe = false
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                previousHasPipe = false
                continue
            }
            if previousHasPipe && isDelimiterRow(trimmed) { return number - 1 }
            previousHasPipe = trimmed.contains("|")
        }
        return nil
    }

    /// `| --- | :---: |`: cells of dashes with optional colons, separated by pipes, at least one pipe.
    static func isDelimiterRow(_ line: Substring) -> Bool {
        guard line.contains("|") else { return false }
        var cells = line.trimmingSuffix { $0 == " " || $0 == "\r" }.split(separator: "|", omittingEmptySubsequences: false)
        if cells.first?.allSatisfy({ $0 == " " }) == true { cells.removeFirst() }
        if cells.last?.allSatisfy({ $0 == " " }) == true { cells.removeLast() }
        return !cells.isEmpty && cells.allSatisfy { cell in
            let core = cell.filter { $0 != " " }
            let dashes = core.drop { $0 == ":" }.reversed().drop { $0 == ":" }
            return dashes.count >= 1 && dashes.allSatisfy { $0 == "-" }
        }
    }
}

private extension Substring {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
