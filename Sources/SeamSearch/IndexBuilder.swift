import SeamContent
import SeamText

/// Builds the search index of a knowledge base: one document per entry, three fields, the
/// concept terms of entries with aliases; for the CLI's index file, each entry's text too.
public enum IndexBuilder {
    /// The CLI's index file of `base` (see `SearchIndex`): its index data and every entry's text.
    public static func file(_ base: KnowledgeBase, stamp: ContentStamp?) -> [UInt8] {
        build(base).encoded(stamp: stamp, texts: base.entries.map(IndexText.init))
    }

    /// The index data of `base`.
    public static func build(_ base: KnowledgeBase) -> IndexData {
        var data = build(entries: base.entries)
        // Only problems that kept a file out of the index: the rest is `seam check`'s business.
        let indexed = Set(base.entries.map { base.displayPath($0) })
        data.problems = base.errors.filter { $0.path.hasSuffix(".md") && !indexed.contains($0.path) }.map(\.description)
        return data
    }

    /// The index data of `entries` (sorted by id, one per id), with no problems listed.
    public static func build(entries: [Entry]) -> IndexData {
        let names = Self.names(of: entries)
        var postings = PostingsBuilder(names: names, ids: entries.map(\.id))
        var documents: [IndexDocument] = []
        documents.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() {
            documents.append(IndexDocument(id: entry.id, kind: entry.kind.rawValue, title: entry.title, summary: entry.summary,
                                           path: entry.path, aliases: entry.aliases, lengths: postings.add(entry, as: index)))
        }
        var data = IndexData(documents: documents, terms: postings.sortedTerms(), names: names, problems: [])
        data.kinds = Set(entries.map(\.kind)).sorted().map { (id: $0.id, folder: $0.folder, singularName: $0.singularName) }
        return data
    }

    /// The names of the entries that have aliases (their titles and aliases), sorted by key,
    /// the first of each key kept.
    static func names(of entries: [Entry]) -> [IndexData.Name] {
        var names: [IndexData.Name] = []
        var seen = Set<String>()
        for (index, entry) in entries.enumerated() where !entry.aliases.isEmpty {
            for text in [entry.title] + entry.aliases {
                guard let name = IndexData.Name.make(text, document: index), seen.insert(name.key).inserted else { continue }
                names.append(name)
            }
        }
        names.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        return names
    }
}

/// The postings of every term, filled entry by entry in document order. Terms are numbered as
/// first met, so that counting and postings index arrays instead of hashing every term into a
/// per-entry dictionary and again into the postings dictionary. The state is a struct's rather
/// than local variables shared with closures, whose every access was checked at run time.
struct PostingsBuilder {
    private var terms = WordTable()
    private let matcher: NumberedNameMatcher
    /// The term `@id` of each entry: any mention of the entry by one of its names.
    private let mentionTerms: [Int32]
    /// Per term number.
    private var postings: [[IndexData.Posting]]
    /// Per term number, its counts in the current entry; `touched` lists the nonzero.
    private var counts: [FieldCounts]
    private var touched: [Int32] = []
    /// Terms that are by themselves a whole name of the current entry (`renewal`, `nrr`, its own `@id`).
    private var wholeNames: [Int32] = []
    /// The terms of one text, whether each was written in capitals, the entries it mentions; reused.
    private var words: [Int32] = [], capitals: [Bool] = [], mentioned: [Int] = []

    init(names: [IndexData.Name], ids: [String]) {
        var terms = WordTable()
        matcher = NumberedNameMatcher(names, terms: &terms)
        var key: [UInt8] = []
        mentionTerms = ids.map { id in
            key.removeAll(keepingCapacity: true)
            key.append(UInt8(ascii: "@"))
            key.append(contentsOf: id.utf8)
            return key.withUnsafeBufferPointer { terms.insert($0) }
        }
        self.terms = terms
        postings = Array(repeating: [], count: terms.count)
        counts = Array(repeating: FieldCounts(), count: terms.count)
    }

    /// What one entry adds to the index: its terms (by number) with their frequency codes, in
    /// the order first met, and its field lengths.
    struct Contribution: Sendable {
        var terms: [(term: Int32, code: Int)]
        var lengths: [Int]
    }

    /// How many terms are numbered so far.
    var termCount: Int { terms.count }

    /// The text of term `number`.
    func word(_ number: Int32) -> String { terms.word(Int(number)) }

    /// Whether term `left` sorts before term `right` (by their UTF-8 bytes).
    func precedes(_ left: Int32, _ right: Int32) -> Bool { terms.precedes(Int(left), Int(right)) }

    /// Adds the postings of `entry`, document number `document`; returns its field lengths.
    mutating func add(_ entry: Entry, as document: Int) -> [Int] {
        let contribution = contribution(of: entry, as: document)
        for (term, code) in contribution.terms {
            postings[Int(term)].append(IndexData.Posting(document: document, code: code))
        }
        return contribution.lengths
    }

    /// What `entry`, document number `document`, adds to the index (numbering its new terms).
    mutating func contribution(of entry: Entry, as document: Int) -> Contribution {
        wholeNames.removeAll(keepingCapacity: true)
        wholeNames.append(mentionTerms[document])
        // The names field is as long as the title: aliases add ways to match, not length.
        let names = count(entry.title, in: .names)
        for alias in entry.aliases { _ = count(alias, in: .names) }
        // The questions readers ask weigh like a title, and like aliases add no length.
        for question in entry.askedAs { _ = count(question, in: .names) }
        var summary = count(entry.summary, in: .summary)
        for tag in entry.tags { summary += count(tag, in: .summary) }
        if let figure = entry.figure { summary += count(figure, in: .summary) }
        if let measured = entry.measured { summary += count(measured, in: .summary) }
        var body = count(entry.plainText, in: .body)
        for source in entry.sources { body += count(source.citation, in: .body) }

        // In the names field a term counts 1 when it is in a name and 2 when it is a whole
        // name: an entry with many aliases is not more about a word, one named by it is.
        var terms: [(term: Int32, code: Int)] = []
        terms.reserveCapacity(touched.count)
        for term in touched {
            let count = counts[Int(term)]
            let names = count.names == 0 ? 0 : (wholeNames.contains(term) ? 2 : 1)
            terms.append((term, Scoring.code(names: names, summary: count.summary, body: count.body)))
            counts[Int(term)] = FieldCounts()
        }
        touched.removeAll(keepingCapacity: true)
        return Contribution(terms: terms, lengths: [names, summary, body])
    }

    /// Counts the terms of `text` and the entries its names mention in `field`; returns how many words it has.
    private mutating func count(_ text: String, in field: FieldCounts.Field) -> Int {
        words.removeAll(keepingCapacity: true)
        capitals.removeAll(keepingCapacity: true)
        Tokenizer.forEachWord(text) { word, _, isUppercase in
            words.append(terms.insert(UnsafeBufferPointer(rebasing: word[..<Stemmer.stem(word)])))
            capitals.append(isUppercase)
        }
        while counts.count < terms.count {
            counts.append(FieldCounts())
            postings.append([])
        }
        for word in words { count(word, in: field) }
        if field == .names, words.count == 1 { wholeNames.append(words[0]) }
        mentioned.removeAll(keepingCapacity: true)
        matcher.mentions(words, capitals, into: &mentioned)
        for document in mentioned { count(mentionTerms[document], in: field) }
        return words.count
    }

    private mutating func count(_ term: Int32, in field: FieldCounts.Field) {
        if counts[Int(term)].isZero { touched.append(term) }
        counts[Int(term)].add(field)
    }

    /// The terms that have postings with their postings, sorted by the terms' UTF-8 bytes.
    func sortedTerms() -> [(term: String, postings: [IndexData.Posting])] {
        (0..<terms.count).filter { !postings[$0].isEmpty }.sorted { terms.precedes($0, $1) }
            .map { (term: terms.word($0), postings: postings[$0]) }
    }
}

/// How often a term occurs in each field of one entry.
struct FieldCounts {
    /// The fields of an entry: names (title and aliases), summary (with tags, figure and what
    /// it measures), body (text and sources).
    enum Field { case names, summary, body }

    var names = 0, summary = 0, body = 0

    var isZero: Bool { names == 0 && summary == 0 && body == 0 }

    mutating func add(_ field: Field) {
        switch field {
        case .names: names += 1
        case .summary: summary += 1
        case .body: body += 1
        }
    }
}
