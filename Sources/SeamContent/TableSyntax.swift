/// Finds pipe tables (a GitHub extension) in a body. CommonMark has no tables: cmark renders one
/// as a paragraph of pipes, so `seam check` warns where a table starts. Works on UTF-8 bytes: it
/// runs over every body on every load.
enum TableSyntax {
    private static let pipe = UInt8(ascii: "|"), dash = UInt8(ascii: "-"), colon = UInt8(ascii: ":")
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), cr = UInt8(ascii: "\r")
    private static let newline = UInt8(ascii: "\n"), backtick = UInt8(ascii: "`"), tilde = UInt8(ascii: "~")

    /// The line (1-based, within the body) of the first table's header row, or nil. A table is a
    /// line with a `|` followed by a delimiter row (`| --- | :-: |`), outside fenced code.
    static func firstTable(in body: String) -> Int? {
        var body = body
        return body.withUTF8 { bytes -> Int? in
            // Bodies without a pipe (most of them) are done in one pass.
            guard bytes.contains(pipe) else { return nil }
            var previousHasPipe = false
            var fence: UInt8? = nil
            var number = 0
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != newline { end += 1 }
                number += 1
                var first = start
                while first < end && bytes[first] == space { first += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[first..<end])
                let fenceMark = line.count >= 3 && (line[0] == backtick || line[0] == tilde)
                    && line[1] == line[0] && line[2] == line[0] ? line[0] : nil
                if let open = fence {
                    if fenceMark == open { fence = nil }
                    previousHasPipe = false
                } else if let fenceMark {
                    fence = fenceMark
                    previousHasPipe = false
                } else {
                    if previousHasPipe && isDelimiterRow(line) { return number - 1 }
                    previousHasPipe = line.contains(pipe)
                }
                start = end + 1
            }
            return nil
        }
    }

    /// `| --- | :---: |`: cells of dashes with optional colons, separated by pipes, at least one pipe.
    static func isDelimiterRow(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.contains(pipe) else { return false }
        var cells: [ArraySlice<UInt8>] = Array(line).split(separator: pipe, omittingEmptySubsequences: false)
        let blank: (ArraySlice<UInt8>) -> Bool = { $0.allSatisfy { $0 == space || $0 == tab || $0 == cr } }
        if let first = cells.first, blank(first) { cells.removeFirst() }
        if let last = cells.last, blank(last) { cells.removeLast() }
        return !cells.isEmpty && cells.allSatisfy { cell in
            let core = cell.filter { $0 != space && $0 != tab && $0 != cr }
            var low = core.startIndex, high = core.endIndex
            if low < high && core[low] == colon { low += 1 }
            if low < high && core[high - 1] == colon { high -= 1 }
            return low < high && core[low..<high].allSatisfy { $0 == dash }
        }
    }
}
