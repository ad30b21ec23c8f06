import SeamContent

extension BrowserIndex.Writer {
    /// The header of the browser index: what `search-engine.js` needs to match and rank as
    /// `seam search` does, taken from the constants that define it here, so the script holds no
    /// copy of them. Sorted wherever Swift keeps a set, so the same content gives the same bytes.
    ///
    /// ```
    /// "settings": {"maxWordLength", "maxQueryLength", "maxQueryWords", "maxNameWords", "maxPrefixTerms",
    ///              "typoLengths": [length from which one typo is allowed, from which two],
    ///              "k1", "b": [names, summary, body], "weights": [names, summary, body],
    ///              "bodyFrequency": [frequency per body code],
    ///              "matchWeights": {"exact", "prefix", "oneTypo", "twoTypos", "nameWords", "synonym", "related"},
    ///              "meaning": {"k", "depth"}: the fusion of the rankings by words and by meaning (`Fusion`),
    ///              "stopWords": [word, ...], "synonyms": [[word, ...], ...], "stemExceptions": [word, ...]}
    /// ```
    mutating func settings() {
        put("\"settings\":{\"maxWordLength\":"); put(Tokenizer.maximumWordLength)
        put(",\"maxQueryLength\":"); put(SearchQuery.maximumLength)
        put(",\"maxQueryWords\":"); put(SearchQuery.maximumWords)
        put(",\"maxNameWords\":"); put(Searcher.maximumNameWords)
        put(",\"maxPrefixTerms\":"); put(Searcher.maximumPrefixTerms)
        put(",\"typoLengths\":["); put(Self.shortestWord(withEdits: 1)); put(","); put(Self.shortestWord(withEdits: 2)); put("]")
        put(",\"k1\":"); number(Scoring.k1)
        put(",\"b\":["); joined(Scoring.b, ",") { $0.number($1) }
        put("],\"weights\":["); joined(Scoring.weights, ",") { $0.number($1) }
        put("],\"bodyFrequency\":["); joined(Scoring.bodyFrequency, ",") { $0.number($1) }
        put("],\"matchWeights\":{\"exact\":"); number(Searcher.Weight.exact)
        put(",\"prefix\":"); number(Searcher.Weight.prefix)
        put(",\"oneTypo\":"); number(Searcher.Weight.oneTypo)
        put(",\"twoTypos\":"); number(Searcher.Weight.twoTypos)
        put(",\"nameWords\":"); number(Searcher.Weight.nameWords)
        put(",\"synonym\":"); number(Synonyms.weight)
        put(",\"related\":"); number(Searcher.Weight.related)
        put("},\"meaning\":{\"k\":"); number(Fusion.k)
        put(",\"depth\":"); put(Fusion.depth)
        put("},\"stopWords\":["); joined(StopWords.words.sorted(), ",") { $0.quote($1) }
        put("],\"synonyms\":[")
        joined(Synonyms.groups, ",") { writer, group in
            writer.put("["); writer.joined(group, ",") { $0.quote($1) }; writer.put("]")
        }
        put("],\"stemExceptions\":[")
        joined(Stemmer.exceptions, ",") { $0.quote(String(decoding: $1, as: UTF8.self)) }
        put("]}")
    }

    /// The fewest letters a word needs for `edits` typos (`TypoDistance.allowedEdits` grows with length).
    static func shortestWord(withEdits edits: Int) -> Int {
        (1...).first { TypoDistance.allowedEdits(forLength: $0) >= edits }!
    }

    /// A JSON number that reads back as the same double.
    mutating func number(_ value: Double) { bytes.append(contentsOf: BrowserIndex.number(value).utf8) }
}
