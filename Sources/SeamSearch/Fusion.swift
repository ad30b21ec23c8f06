/// Reciprocal rank fusion of two rankings of entries (Cormack, Clarke and Buettcher, 2009): an
/// entry at rank r (from 1) in a ranking gets 1 / (k + r), and entries are ordered by the sum,
/// then by their rank in the first ranking, then by number. `search-meaning.js` fuses alike.
enum Fusion {
    /// The fusion constant: small, so that the top of each ranking counts most.
    static let k = 10.0
    /// How deep each ranking is read.
    static let depth = 50

    /// The entries of `first` and `second` (entry numbers, best first), fused.
    static func fuse(_ first: [Int], _ second: [Int]) -> [Int] {
        var sums: [Int: Double] = [:]
        var firstRank: [Int: Int] = [:]
        var order: [Int] = []
        for (which, ranking) in [first, second].enumerated() {
            for (position, document) in ranking.enumerated() {
                if sums[document] == nil { order.append(document) }
                sums[document, default: 0] += 1 / (k + Double(position + 1))
                if which == 0 { firstRank[document] = position + 1 }
            }
        }
        return order.sorted { a, b in
            let (x, y) = (sums[a]!, sums[b]!)
            if x != y { return x > y }
            let (ra, rb) = (firstRank[a] ?? Int.max, firstRank[b] ?? Int.max)
            return ra != rb ? ra < rb : a < b
        }
    }
}
