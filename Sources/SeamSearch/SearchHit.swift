/// One result of a search.
public struct SearchHit: Sendable, Hashable {
    /// Index of the entry in the index.
    public var document: Int
    public var score: Double
    /// How many of the query's words (or phrases, or names) the entry matches.
    public var matched: Int
}

/// A ranked answer to a query, with what the engine made of it.
public struct SearchResult: Sendable {
    public var hits: [SearchHit]
    /// Number of words, phrases and names the query was made of.
    public var clauseCount: Int
    /// Every term that counts as a match, for highlighting (stemmed, folded).
    public var matchedTerms: Set<String>
    /// Per clause, the terms that count as a match for it (for choosing snippets).
    public var clauseTerms: [Set<String>]
}
