extension Searcher {
    /// Longest name looked up in a query, in words.
    static let maximumNameWords = 8

    /// Turns a query into clauses: names of entries (longest first), quoted phrases, and the
    /// remaining words without stop words (unless the query has nothing else).
    func plan(_ query: SearchQuery) -> [Clause] {
        let onlyStopWords = query.parts.allSatisfy {
            if case .word(let token) = $0 { return StopWords.contains(token.word) }
            return false
        }
        var clauses: [Clause] = []
        var run: [Token] = []
        var runEndsQuery = false

        func flush() {
            let corrected = run.enumerated().map { offset, token in
                correctedForNames(token, prefix: runEndsQuery && offset == run.count - 1 && query.endsInWord)
            }
            var position = 0
            while position < run.count {
                if let (document, length) = findName(corrected, at: position) {
                    clauses.append(nameClause(document: document, tokens: Array(run[position..<(position + length)])))
                    position += length
                    continue
                }
                let token = run[position]
                let isLast = runEndsQuery && position == run.count - 1
                position += 1
                if StopWords.contains(token.word) && !onlyStopWords { continue }
                clauses.append(wordClause(token, prefix: isLast && query.endsInWord))
            }
            run.removeAll()
        }

        for (offset, part) in query.parts.enumerated() {
            switch part {
            case .word(let token):
                run.append(token)
                runEndsQuery = offset == query.parts.count - 1
            case .phrase(let tokens):
                flush()
                clauses.append(phraseClause(tokens))
            }
        }
        flush()
        return clauses
    }

    /// For finding names only: a word the index lacks, replaced by its closest indexed word
    /// (`customer sucess` then names customer success). Left alone when it is a number, short,
    /// or a last word that completes to something.
    private func correctedForNames(_ token: Token, prefix: Bool) -> Token {
        let length = token.word.unicodeScalars.count
        let edits = TypoDistance.allowedEdits(forLength: length)
        guard edits > 0, index.termIndex(token.term) == nil,
              !token.word.unicodeScalars.contains(where: { $0.properties.numericType != nil }) else { return token }
        if prefix && !index.terms(withPrefix: token.word).isEmpty { return token }
        guard let best = typoCandidates(token.term, edits: edits, ordered: false).first else { return token }
        var corrected = token
        corrected.term = index.term(best.0)
        return corrected
    }

    /// The longest name of an entry starting at `start`. A one-word name that is also a stop
    /// word (`AM`, `IT`) counts only when typed in capitals.
    private func findName(_ tokens: [Token], at start: Int) -> (Int, Int)? {
        let longest = min(Self.maximumNameWords, tokens.count - start)
        guard longest > 0 else { return nil }
        for length in stride(from: longest, through: 1, by: -1) {
            let key = tokens[start..<(start + length)].map(\.term).joined(separator: " ")
            guard let found = index.name(Array(key.utf8)) else { continue }
            if length == 1 && StopWords.contains(tokens[start].word) && !tokens[start].isUppercase { continue }
            return (found.document, length)
        }
        return nil
    }

    private func nameClause(document: Int, tokens: [Token]) -> Clause {
        let entry = index.document(document)
        var highlight = Set(tokens.map(\.term))
        for name in [entry.title] + entry.aliases { highlight.formUnion(Tokenizer.terms(name)) }
        var alternatives: [Alternative] = []
        if let concept = index.termIndex("@" + entry.id) {
            alternatives.append(Alternative(terms: [concept], weight: Weight.exact))
        }
        let words = tokens.filter { !StopWords.contains($0.word) }.map(\.term)
        let ids = unique(words.compactMap { index.termIndex($0) })
        if !words.isEmpty, Set(words).count == ids.count {
            alternatives.append(Alternative(terms: ids, weight: ids.count == 1 ? Weight.exact : Weight.nameWords))
        }
        return Clause(alternatives: alternatives, highlight: highlight)
    }

    private func phraseClause(_ tokens: [Token]) -> Clause {
        let terms = tokens.map(\.term)
        let ids = unique(terms.compactMap { index.termIndex($0) })
        let complete = Set(terms).count == ids.count
        return Clause(alternatives: complete ? [Alternative(terms: ids, weight: Weight.exact, phrase: terms)] : [],
                      highlight: Set(terms))
    }

    private func wordClause(_ token: Token, prefix: Bool) -> Clause {
        var alternatives: [Alternative] = []
        var highlight: Set<String> = [token.term]
        let exact = index.termIndex(token.term)
        if let exact { alternatives.append(Alternative(terms: [exact], weight: Weight.exact)) }
        for synonym in Synonyms.of(token.term) {
            guard let found = index.termIndex(synonym) else { continue }
            alternatives.append(Alternative(terms: [found], weight: Synonyms.weight))
            highlight.insert(synonym)
        }
        let length = token.word.unicodeScalars.count
        let hasDigits = token.word.unicodeScalars.contains { $0.properties.numericType != nil }
        var expanded = false
        if prefix && length >= 2 && !hasDigits {
            var candidates = Set(index.terms(withPrefix: token.word))
            candidates.formUnion(index.terms(withPrefix: token.term))
            if let exact { candidates.remove(exact) }
            let chosen = candidates.map { ($0, index.documentFrequency($0)) }
                .sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }
                .prefix(Self.maximumPrefixTerms)
                .map(\.0)
                .sorted()
            for term in chosen {
                alternatives.append(Alternative(terms: [term], weight: Weight.prefix))
                highlight.insert(index.term(term))
                expanded = true
            }
        }
        let edits = TypoDistance.allowedEdits(forLength: length)
        if exact == nil && !expanded && edits > 0 && !hasDigits && alternatives.isEmpty {
            for (term, distance) in typoCandidates(token.term, edits: edits) {
                alternatives.append(Alternative(terms: [term], weight: distance == 1 ? Weight.oneTypo : Weight.twoTypos))
                highlight.insert(index.term(term))
            }
        }
        if alternatives.count > 1 {
            // All the ways of matching one word share the idf of all the entries they match, so
            // that a rare completion (`expan` to `expanding`) does not outweigh the common one.
            var seen = [Bool](repeating: false, count: index.documentCount)
            var union = 0
            for alternative in alternatives {
                index.forEachPosting(alternative.terms[0]) { document, _ in
                    if !seen[document] { seen[document] = true; union += 1 }
                }
            }
            let shared = Scoring.idf(df: union, count: index.documentCount)
            for position in alternatives.indices { alternatives[position].idf = shared }
        }
        // Words that mean nearly the same, each with its own idf, for the ranking by meaning.
        var taken = Set(alternatives.map { $0.terms[0] })
        for (term, number) in relatedWords.terms(of: token.term, known: { index.termIndex($0) }) where taken.insert(number).inserted {
            alternatives.append(Alternative(terms: [number], weight: Weight.related, related: true))
            highlight.insert(term)
        }
        return Clause(alternatives: alternatives, highlight: highlight)
    }

    /// Terms within `edits` of `term` (concept terms aside), closest and commonest first, at most 20, in term order.
    func typoCandidates(_ term: String, edits: Int, ordered: Bool = true) -> [(Int, Int)] {
        let query = term.unicodeScalars.map(\.value)
        var found: [(term: Int, distance: Int, df: Int)] = []
        for candidate in 0..<index.termCount {
            let bytes = index.termBytes(candidate)
            if bytes.first == UInt8(ascii: "@") || bytes.count + edits < query.count { continue }
            let scalars: [UInt32]
            if bytes.allSatisfy({ $0 < 0x80 }) {
                if bytes.count > query.count + edits { continue }
                scalars = bytes.map(UInt32.init)
            } else {
                scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value)
            }
            if let distance = TypoDistance.distance(query, scalars, limit: edits) {
                found.append((candidate, distance, index.documentFrequency(candidate)))
            }
        }
        let best = found.sorted { ($0.distance, -$0.df, $0.term) < ($1.distance, -$1.df, $1.term) }.prefix(20)
        return (ordered ? best.sorted { $0.term < $1.term } : Array(best)).map { ($0.term, $0.distance) }
    }

    private func unique(_ values: [Int]) -> [Int] {
        var seen = Set<Int>()
        return values.filter { seen.insert($0).inserted }
    }
}
