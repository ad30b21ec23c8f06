extension Sequence {
    /// The first `count` elements of `sorted(by: areInIncreasingOrder)`, found in one pass that
    /// keeps only those `count` in order (the rest are never sorted): for the few best of a long
    /// list, such as an index term's best entries among the tens of thousands that have it, or the
    /// first cards of a kind on the home page.
    /// `areInIncreasingOrder` must be a strict total order (break ties, by number say): the result
    /// then equals the whole sort's. `SmallestTests` compares them.
    /// Inlinable, so that a caller in another module gets it specialized for its elements.
    @inlinable public func smallest(_ count: Int, by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        guard count > 0 else { return [] }
        var kept: [Element] = []
        kept.reserveCapacity(count + 1)
        for element in self {
            if kept.count == count, !areInIncreasingOrder(element, kept[count - 1]) { continue }
            var position = kept.count
            while position > 0, areInIncreasingOrder(element, kept[position - 1]) { position -= 1 }
            kept.insert(element, at: position)
            if kept.count > count { kept.removeLast() }
        }
        return kept
    }
}
