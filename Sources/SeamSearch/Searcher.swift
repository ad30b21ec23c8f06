/// Runs queries against a `SearchIndex`: field-weighted BM25 scores, entries matching every word first,
/// names and aliases both ways, prefix on the last word, typos, phrases.
/// `search-engine.js` implements the same steps in the same order.
public struct Searcher {
    /// Weights of the ways a query word can match.
    public enum Weight {
        public static let exact = 1.0
        public static let prefix = 0.75
        public static let oneTypo = 0.6
        public static let twoTypos = 0.45
        public static let nameWords = 0.9
        /// A related word (`RelatedWords`), with its own idf.
        public static let related = 0.5
    }

    /// Most terms a prefix expands to (those in most entries win).
    public static let maximumPrefixTerms = 50

    /// One way a clause can match: every one of `terms` in the entry.
    struct Alternative {
        var terms: [Int]
        var weight: Double
        /// The idf to use instead of each term's own (set for words expanded by prefix or typos).
        var idf: Double? = nil
        /// Terms that must also be adjacent, in order (a quoted phrase), checked by `PhraseCheck`.
        var phrase: [String]?
        /// Through a related word: counts only in the ranking by meaning.
        var related = false
    }

    /// A word, phrase or name of the query: an entry matches it through any alternative.
    struct Clause {
        var alternatives: [Alternative]
        var highlight: Set<String>
    }

    public let index: SearchIndex
    let relatedWords: RelatedWords
    private let averages: [Double]

    public init(index: SearchIndex, relatedWords: RelatedWords = .shipped) {
        self.index = index
        self.relatedWords = relatedWords
        self.averages = index.averageLengths
    }

    /// Searches for `query`. `kind` keeps entries of one kind. A quoted phrase matches an entry
    /// whose text in the index has its words next to each other.
    ///
    /// Two rankings are fused by reciprocal rank (`Fusion`): by words, entries matching the most
    /// parts of the query first, then by score; and by meaning, through related words too
    /// (`RelatedWords`), by score alone, so that an entry that answers a long question in other
    /// words is not buried under those that share its small words. Each hit keeps the score and
    /// count of the ranking by meaning.
    public func search(_ query: SearchQuery, kind: String? = nil, limit: Int = 10) -> SearchResult {
        let clauses = plan(query)
        let phrases = PhraseCheck(index: index)
        let count = index.documentCount
        var words = Tally(count: count), meaning = Tally(count: count)
        var bestWords = [Double](repeating: -1, count: count), bestMeaning = bestWords
        var touched: [Int] = []

        for clause in clauses {
            touched.removeAll(keepingCapacity: true)
            for alternative in clause.alternatives {
                for (document, score) in evaluate(alternative) {
                    if let phrase = alternative.phrase, !phrases.contains(document, phrase) { continue }
                    let weighted = score * alternative.weight
                    if bestMeaning[document] < 0 { touched.append(document) }
                    if weighted > bestMeaning[document] { bestMeaning[document] = weighted }
                    if !alternative.related, weighted > bestWords[document] { bestWords[document] = weighted }
                }
            }
            for document in touched {
                meaning.add(document, bestMeaning[document])
                if bestWords[document] >= 0 { words.add(document, bestWords[document]) }
                bestWords[document] = -1
                bestMeaning[document] = -1
            }
        }

        // The ranking by words is read to `Fusion.depth` only. The ranking by meaning is kept to
        // `limit` too: what follows the fused entries is its order without them, and its first
        // `limit - fused` such entries lie within its first `limit`.
        let byWords = best(words, keep: Fusion.depth, kind: kind, countFirst: true)
        let byMeaning = best(meaning, keep: max(limit, Fusion.depth), kind: kind, countFirst: false)
        let fused = Fusion.fuse(Array(byWords.prefix(Fusion.depth)), Array(byMeaning.prefix(Fusion.depth)))
        let taken = Set(fused)
        let order = fused + byMeaning.filter { !taken.contains($0) }
        let hits = order.prefix(max(limit, 0)).map {
            SearchHit(document: $0, score: Scoring.rounded(meaning.scores[$0]), matched: meaning.matched[$0])
        }
        return SearchResult(hits: hits, clauseCount: clauses.count,
                            matchedTerms: clauses.reduce(into: Set<String>()) { $0.formUnion($1.highlight) },
                            clauseTerms: clauses.map(\.highlight))
    }

    /// The scores of the entries and how many clauses each matches, in one ranking.
    struct Tally {
        var scores: [Double], matched: [Int]
        init(count: Int) {
            scores = [Double](repeating: 0, count: count)
            matched = [Int](repeating: 0, count: count)
        }
        mutating func add(_ document: Int, _ score: Double) {
            scores[document] += score
            matched[document] += 1
        }
    }

    /// The best `keep` entries of `tally` of `kind`, best first: by clauses matched then score
    /// (`countFirst`), or by score alone; ties by number. Kept in order as they are met (no
    /// sort of every match).
    private func best(_ tally: Tally, keep: Int, kind: String?, countFirst: Bool) -> [Int] {
        func better(_ a: Int, _ b: Int) -> Bool {
            let (sa, sb) = (Scoring.rounded(tally.scores[a]), Scoring.rounded(tally.scores[b]))
            if countFirst && tally.matched[a] != tally.matched[b] { return tally.matched[a] > tally.matched[b] }
            return sa != sb ? sa > sb : a < b
        }
        var kept: [Int] = []
        for document in 0..<index.documentCount where tally.matched[document] > 0 {
            if kept.count == keep, let last = kept.last, !better(document, last) { continue }
            if let kind, index.idAndKind(document).kind != kind { continue }
            let position = kept.firstIndex { better(document, $0) } ?? kept.count
            kept.insert(document, at: position)
            if kept.count > keep { kept.removeLast() }
        }
        return kept
    }

    /// The score of every entry that has all the terms of `alternative`.
    private func evaluate(_ alternative: Alternative) -> [(Int, Double)] {
        let count = index.documentCount
        if alternative.terms.count == 1 {
            let term = alternative.terms[0]
            let idf = alternative.idf ?? Scoring.idf(df: index.documentFrequency(term), count: count)
            var result: [(Int, Double)] = []
            index.forEachPosting(term) { document, code in
                result.append((document, Scoring.score(code: code, lengths: index.lengths(document), averages: averages, idf: idf)))
            }
            return result
        }
        var sums: [Int: (Int, Double)] = [:]
        for term in alternative.terms {
            let idf = Scoring.idf(df: index.documentFrequency(term), count: count)
            index.forEachPosting(term) { document, code in
                let score = Scoring.score(code: code, lengths: index.lengths(document), averages: averages, idf: idf)
                let previous = sums[document] ?? (0, 0)
                sums[document] = (previous.0 + 1, previous.1 + score)
            }
        }
        return sums.filter { $0.value.0 == alternative.terms.count }.map { ($0.key, $0.value.1) }.sorted { $0.0 < $1.0 }
    }
}
