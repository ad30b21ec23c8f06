import SeamContent

extension Searcher {
    /// Up to `count` queries close to one that matched nothing: names of entries (titles and
    /// aliases) near the whole query, then the query with each word replaced by the closest
    /// indexed word, when that finds something.
    public func suggestions(for query: SearchQuery, count: Int = 3) -> [String] {
        var names: [String] = []
        for document in 0..<index.documentCount {
            let entry = index.document(document)
            names.append(entry.title)
            names += entry.aliases
        }
        var result = EditDistance.suggestions(for: query.text, in: names, count: count)
        let words = query.parts.flatMap { part -> [Token] in
            switch part {
            case .word(let token): return [token]
            case .phrase(let tokens): return tokens
            }
        }
        var corrected: [String] = []
        var changed = false
        for token in words {
            if index.termIndex(token.term) != nil || StopWords.contains(token.word) {
                corrected.append(token.word)
                continue
            }
            let edits = max(2, token.word.count / 3)
            if let best = typoCandidates(token.term, edits: edits).min(by: { lhs, rhs in
                let l = TypoDistance.distance(token.term, index.term(lhs.0), limit: edits) ?? edits + 1
                let r = TypoDistance.distance(token.term, index.term(rhs.0), limit: edits) ?? edits + 1
                return (l, -index.documentFrequency(lhs.0)) < (r, -index.documentFrequency(rhs.0))
            }) {
                corrected.append(index.term(best.0))
                changed = true
            } else {
                corrected.append(token.word)
            }
        }
        if changed {
            let text = corrected.joined(separator: " ")
            if let parsed = try? SearchQuery.parse(text), !search(parsed, limit: 1).hits.isEmpty,
               !result.contains(where: { NameKey.fold($0) == NameKey.fold(text) }) {
                result.insert(text, at: 0)
            }
        }
        var seen = Set<String>()
        return result.filter { seen.insert(NameKey.fold($0)).inserted }.prefix(count).map { $0 }
    }
}
