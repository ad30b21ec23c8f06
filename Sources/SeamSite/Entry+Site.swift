import SeamContent

extension Entry {
    /// Every source of the entry in one line.
    var citations: String { sources.map(\.citation).joined(separator: "; ") }
}

extension Array where Element == Entry {
    /// The entries in their curated reading order: those with an `order` first (lower first), then
    /// the others; ties by title.
    var inReadingOrder: [Entry] {
        sorted { a, b in
            let (x, y) = (a.order ?? Int.max, b.order ?? Int.max)
            return x != y ? x < y : a.title.localizedStandardCompare(b.title) == .orderedAscending
        }
    }
}
