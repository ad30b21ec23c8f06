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

        // Terms are numbered as first met, so that counting and postings index arrays instead of
        // hashing every term into a per-entry dictionary and again into the postings dictionary.
        var terms = TermTable()
        let matcher = NumberedNameMatcher(names, terms: &terms)
        var postings: [[IndexData.Posting]] = []
        var counts: [FieldCounts] = []  // per term number, for the current entry; `touched` lists the nonzero
        var touched: [Int32] = []
        var mentionTerms = [Int32](repeating: -1, count: entries.count)  // `@id` of each entry, once numbered
        func grown(_ number: Int32) -> Int32 {
            while postings.count < terms.count { postings.append([]); counts.append(FieldCounts()) }
            return number
        }
        func number(_ term: String) -> Int32 { grown(terms.number(term)) }
        var scanned = Tokenizer.WordBuffer(), stem: [UInt8] = [], words: [Int32] = []  // of one text, reused
        func count(_ term: Int32, _ field: Int, _ amount: Int = 1) {
            if counts[Int(term)].isZero { touched.append(term) }
            counts[Int(term)].add(field, amount)
        }
        var data = IndexData(documents: documents, terms: [], names: names, problems: [])
        for (index, entry) in entries.enumerated() {
            let fields = Self.fields(of: entry)
            // Terms that are by themselves a whole name of the entry (`renewal`, `nrr`, its own `@id`).
            var wholeNames: Set<Int32> = [number("@" + entry.id)]
            for (field, texts) in fields.enumerated() {
                var length = 0
                for (position, text) in texts.enumerated() {
                    scanned.removeAll()
                    Tokenizer.scan(text, into: &scanned)
                    words.removeAll(keepingCapacity: true)
                    for word in 0..<scanned.count {
                        stem.removeAll(keepingCapacity: true)
                        scanned.bytes.withUnsafeBufferPointer { bytes in
                            Stemmer.stem(UnsafeBufferPointer(rebasing: bytes[scanned.starts[word]..<scanned.starts[word + 1]]), into: &stem)
                        }
                        words.append(stem.withUnsafeBufferPointer { terms.number($0) })
                    }
                    _ = grown(0)
                    length += words.count
                    // The names field is as long as the title: aliases add ways to match, not length.
                    if field == 0, position == 0 { data.documents[index].lengths[0] = words.count }
                    for word in words { count(word, field) }
                    if field == 0, words.count == 1 { wholeNames.insert(words[0]) }
                    matcher.mentions(words, scanned.uppercase) { document in
                        if mentionTerms[document] < 0 { mentionTerms[document] = number("@" + entries[document].id) }
                        count(mentionTerms[document], field)
                    }
                }
                if field != 0 { data.documents[index].lengths[field] = length }
            }
            // In the names field a term counts 1 when it is in a name and 2 when it is a whole
            // name: an entry with many aliases is not more about a word, one named by it is.
            for term in touched {
                let count = counts[Int(term)]
                let names = count.names == 0 ? 0 : (wholeNames.contains(term) ? 2 : 1)
                postings[Int(term)].append(IndexData.Posting(document: index,
                                                             code: Scoring.code(names: names, summary: count.summary, body: count.body)))
                counts[Int(term)] = FieldCounts()
            }
            touched.removeAll(keepingCapacity: true)
        }
        data.terms = zip(terms.names, postings).filter { !$0.1.isEmpty }.map { (term: $0.0, postings: $0.1) }
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

    var isZero: Bool { names == 0 && summary == 0 && body == 0 }

    mutating func add(_ field: Int, _ amount: Int = 1) {
        switch field {
        case 0: names += amount
        case 1: summary += amount
        default: body += amount
        }
    }
}
