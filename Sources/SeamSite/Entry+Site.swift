import SeamContent

extension Entry {
    /// Every source of the entry in one line.
    var citations: String { sources.map(\.citation).joined(separator: "; ") }
}

extension Array where Element == Entry {
    /// The entries in their curated reading order: those with an `order` first (lower first), then
    /// the others; ties by title, then as given.
    var inReadingOrder: [Entry] { firstInReadingOrder(count) }

    /// The first `limit` of `inReadingOrder`, the rest never sorted: a title comparison goes
    /// through the locale's collation (about 15,000 instructions each), and a home page of a big
    /// knowledge base shows a dozen entries of a kind among thousands.
    func firstInReadingOrder(_ limit: Int) -> [Entry] {
        let order: ((offset: Int, element: Entry), (offset: Int, element: Entry)) -> Bool = { a, b in
            let (x, y) = (a.element.order ?? Int.max, b.element.order ?? Int.max)
            if x != y { return x < y }
            switch a.element.title.localizedStandardCompare(b.element.title) {
            case .orderedAscending: return true
            case .orderedDescending: return false
            case .orderedSame: return a.offset < b.offset
            }
        }
        return limit >= count ? enumerated().sorted(by: order).map(\.element) : enumerated().smallest(limit, by: order).map(\.element)
    }
}
