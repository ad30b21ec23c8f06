/// Edit distance for typo tolerance: insertions, deletions, substitutions and swaps of two
/// neighbouring letters each count one (optimal string alignment), over Unicode scalars.
public enum TypoDistance {
    /// Edits a word of `length` letters may have: none below 4, one from 4, two from 8.
    public static func allowedEdits(forLength length: Int) -> Int {
        length >= 8 ? 2 : (length >= 4 ? 1 : 0)
    }

    /// The distance between `a` and `b`, or nil when it is more than `limit`.
    public static func distance(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        let width = b.count + 1
        var older = [Int](repeating: 0, count: width)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, older[j - 2] + 1) }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (older, previous, current) = (previous, current, older)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    public static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        distance(a.unicodeScalars.map(\.value), b.unicodeScalars.map(\.value), limit: limit)
    }
}
