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
    }

    /// A word, phrase or name of the query: an entry matches it through any alternative.
    struct Clause {
        var alternatives: [Alternative]
        var highlight: Set<String>
    }

    public let index: SearchIndex
    private let averages: [Double]

    public init(index: SearchIndex) {
        self.index = index
        self.averages = index.averageLengths
    }

    /// Searches for `query`. `kind` keeps entries of one kind. A quoted phrase matches an entry
    /// whose text in the index has its words next to each other.
    public func search(_ query: SearchQuery, kind: String? = nil, limit: Int = 10) -> SearchResult {
        let clauses = plan(query)
        let phrases = PhraseCheck(index: index)
        let count = index.documentCount
        var scores = [Double](repeating: 0, count: count)
        var matched = [Int](repeating: 0, count: count)
        var best = [Double](repeating: -1, count: count)
        var touched: [Int] = []

        for clause in clauses {
            touched.removeAll(keepingCapacity: true)
            for alternative in clause.alternatives {
                for (document, score) in evaluate(alternative) {
                    if let phrase = alternative.phrase, !phrases.contains(document, phrase) { continue }
                    let weighted = score * alternative.weight
                    if best[document] < 0 { touched.append(document) }
                    if weighted > best[document] { best[document] = weighted }
                }
            }
            for document in touched {
                scores[document] += best[document]
                matched[document] += 1
                best[document] = -1
            }
        }

        // The best `limit` entries, kept in order as they are met (no sort of every match).
        func better(_ a: SearchHit, _ b: SearchHit) -> Bool {
            (a.matched, a.score, -a.document) > (b.matched, b.score, -b.document)
        }
        var hits: [SearchHit] = []
        let keep = max(limit, 0)
        for document in 0..<count where matched[document] > 0 {
            let hit = SearchHit(document: document, score: Scoring.rounded(scores[document]), matched: matched[document])
            if hits.count == keep, let last = hits.last, !better(hit, last) { continue }
            if let kind, index.idAndKind(document).kind != kind { continue }
            let position = hits.firstIndex { better(hit, $0) } ?? hits.count
            hits.insert(hit, at: position)
            if hits.count > keep { hits.removeLast() }
        }
        return SearchResult(hits: hits, clauseCount: clauses.count,
                            matchedTerms: clauses.reduce(into: Set<String>()) { $0.formUnion($1.highlight) },
                            clauseTerms: clauses.map(\.highlight))
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
