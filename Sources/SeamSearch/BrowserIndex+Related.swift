extension BrowserIndex {
    /// The related-word table for `search-meaning.js`, cut down to what an index can use: a
    /// script that sets `window.SeamSearchRelated` (safe inside a `<script>` element), its own
    /// file so that the index need not carry it.
    ///
    /// ```
    /// {"format": "seam-related", "version": 1,
    ///  "words": {term: "term term ...", ...}}   per query term (a word of the table that is its own
    ///                                           stem), its related terms in the index, closest
    ///                                           first, as `RelatedWords.terms(of:known:)` picks them
    /// ```
    public static func relatedScript(_ data: IndexData, relatedWords: RelatedWords = .shipped) -> String {
        var known: [String: Int] = [:]
        known.reserveCapacity(data.terms.count)
        for (number, term) in data.terms.enumerated() { known[term.term] = number }
        var writer = Writer()
        writer.put("window.SeamSearchRelated = {\"format\":\"seam-related\",\"version\":")
        writer.put(relatedVersion)
        writer.put(",\"words\":{")
        var first = true
        for row in relatedWords.rows where Stemmer.stem(row.word) == row.word {
            let terms = relatedWords.terms(of: row.word, known: { known[$0] })
            guard !terms.isEmpty else { continue }
            if !first { writer.put(",\n") }
            first = false
            writer.quote(row.word)
            writer.put(":")
            writer.quote(terms.map(\.term).joined(separator: " "))
        }
        writer.put("}};\n")
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The version of the related-word table's format that `search-meaning.js` reads.
    public static let relatedVersion = 1
}
