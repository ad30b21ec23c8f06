/// A few groups of everyday words that mean the same in this kind of knowledge base, so that
/// "VP CS might quit" finds VP CS departures and "comp" finds compensation. A query word in a
/// group also matches the others, a little below an exact match. The browser index header
/// carries the groups to `search-engine.js`.
public enum Synonyms {
    public static let groups: [[String]] = [
        ["quit", "leave", "departure", "depart", "resign", "resignation", "turnover"],
        ["comp", "compensation", "pay"],
        ["org", "organization", "organisation"],
        ["merge", "unify", "combine", "consolidate"],
        ["client", "customer"],
    ]

    /// Weight of a match through a synonym.
    public static let weight = 0.8

    /// The other terms of the groups that `term` (stemmed) is in.
    public static func of(_ term: String) -> [String] {
        var result: [String] = []
        for group in table where group.contains(term) {
            for other in group where other != term && !result.contains(other) { result.append(other) }
        }
        return result
    }

    /// The groups, stemmed like the index.
    static let table: [[String]] = groups.map { $0.map(Stemmer.stem) }
}
