import SeamContent

/// Builds the search index of a knowledge base: one document per entry, three fields, the
/// concept terms of entries with aliases.
public enum IndexBuilder {
    /// The index data of `base`.
    public static func build(_ base: KnowledgeBase) -> IndexData {
        let entries = base.entries
        let documents = entries.map { entry in
            IndexDocument(id: entry.id, kind: entry.kind.rawValue, title: entry.title, summary: entry.summary,
                          path: entry.path, aliases: entry.aliases, lengths: [0, 0, 0])
        }
        var names: [IndexData.Name] = []
        var seen = Set<String>()
        for (index, entry) in entries.enumerated() where !entry.aliases.isEmpty {
            for text in [entry.title] + entry.aliases {
                guard let name = IndexData.Name.make(text, document: index), seen.insert(name.key).inserted else { continue }
                names.append(name)
            }
        }
        names.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        let matcher = NameMatcher(names)

        var postings: [String: [IndexData.Posting]] = [:]
        var data = IndexData(documents: documents, terms: [], names: names, problems: [])
        for (index, entry) in entries.enumerated() {
            let fields = Self.fields(of: entry)
            var counts: [String: FieldCounts] = [:]
            // Terms that are by themselves a whole name of the entry (`renewal`, `nrr`, its own `@id`).
            var wholeNames: Set<String> = ["@" + entry.id]
            for name in fields[0] {
                let terms = Tokenizer.terms(name)
                if terms.count == 1 { wholeNames.insert(terms[0]) }
            }
            for (field, texts) in fields.enumerated() {
                var length = 0
                for text in texts {
                    let tokens = Tokenizer.tokenize(text)
                    length += tokens.count
                    for token in tokens { counts[token.term, default: FieldCounts()].add(field) }
                    for (document, count) in matcher.mentions(tokens) {
                        counts["@" + entries[document].id, default: FieldCounts()].add(field, count)
                    }
                }
                // The names field is as long as the title: aliases add ways to match, not length.
                data.documents[index].lengths[field] = field == 0 ? Tokenizer.tokenize(entry.title).count : length
            }
            // In the names field a term counts 1 when it is in a name and 2 when it is a whole
            // name: an entry with many aliases is not more about a word, one named by it is.
            for (term, count) in counts {
                let names = count.names == 0 ? 0 : (wholeNames.contains(term) ? 2 : 1)
                postings[term, default: []].append(IndexData.Posting(document: index,
                                                                     code: Scoring.code(names: names, summary: count.summary, body: count.body)))
            }
        }
        data.terms = postings.map { (term: $0.key, postings: $0.value) }
            .sorted { $0.term.utf8.lexicographicallyPrecedes($1.term.utf8) }
        // Only problems that kept a file out of the index: the rest is `seam check`'s business.
        let indexed = Set(entries.map { base.displayPath($0) })
        data.problems = base.errors.filter { $0.path.hasSuffix(".md") && !indexed.contains($0.path) }.map(\.description)
        return data
    }

    /// The texts of the three fields of an entry.
    static func fields(of entry: Entry) -> [[String]] {
        let namesField = [entry.title] + entry.aliases
        var summaryField = [entry.summary] + entry.tags
        if let figure = entry.figure { summaryField.append(figure) }
        if let measured = entry.measured { summaryField.append(measured) }
        let bodyField = [entry.plainText] + entry.sources.map(\.citation)
        return [namesField, summaryField, bodyField]
    }
}

/// How often a term occurs in each field of one entry.
struct FieldCounts {
    var names = 0, summary = 0, body = 0

    mutating func add(_ field: Int, _ amount: Int = 1) {
        switch field {
        case 0: names += amount
        case 1: summary += amount
        default: body += amount
        }
    }
}
