/// The browser index split into shards that `search-engine.js` loads as a query needs them (the
/// approach Pagefind takes), for knowledge bases whose single index would be too big to download
/// before a first result. Every file is a script, so a site opened from disk still searches.
///
/// `assets/search-index.js` sets `window.SeamSearchIndex` to the manifest: the single index's
/// header (`format`, `version`, `settings`, `averages`, `kinds`) and
///
/// ```
/// "shards": {"path": "assets/search/",       where the shard files are, from the site's root
///            "count": entries, "termCount": terms,
///            "dictionary": [[place, first term number], ...],   d0, d1, ...: ranges of terms
///            "names": [place, ...],                              n0, n1, ...: ranges of names
///            "postings": [[place, first term number, 0, or 1 when one term, 2 when one term with names],
///                         ...],                                   p0, p1, ...: ranges of terms
///            (a place: the shortest start of the shard's first term or key that sorts after the
///            previous shard's last; the whole term for a postings shard of one term)
///            "typo": [length, ...],                                    y4, y5, ...: terms by length
///            "kinds": entries per k shard, "content": entries per c shard}
/// ```
/// Each shard file is `seamShard("id", {...});`:
/// - `d<n>` `{"terms": [[term, document frequency], ...]}`: a range of terms (sorted by UTF-8 bytes);
/// - `n<n>` `{"names": [[key, doc, strict, @id term number or -1], ...]}`: a range of names,
///   sorted by key (UTF-8 bytes; a key's names all in one shard, in the single index's order);
/// - `p<n>` `{"postings": [string, ...], "top": [[doc, id, kind number, title, summary], ...]}`: per
///   term of a range, the postings in base-64 digits as in the single index, each entry followed by
///   the lengths of the fields the term occurs in (names, summary, body, in that order), so that a
///   short list needs no table of every entry; in a shard of one term (a long list, most entries)
///   the body's length is left out: `l0` has it, once for every list; such a shard also has `top`, what
///   a result shows of the entries the term scores best in, best first (`ShardWriter.topPerTerm`:
///   the search box's results for that word, with no round for `c` shards), and, when the
///   manifest says 2, `names` as a names shard has them: those whose key's first term is the
///   shard's (`ShardWriter.nameHolders`), which no names shard has;
/// - `y<length>` `{"terms": [[term number, term, document frequency], ...]}`: the terms of that many characters (code
///   points) that a typo can reach, those with at most two digits and no `@`;
/// - `l0` `{"lengths": string}`: the length of each entry's body (in terms), in base-64 digits,
///   which the postings of a shard of one term leave out (about two digits an entry, in every
///   long list); loaded with the first of them;
/// - `k<n>` `{"kinds": string}`: the kind number of each entry of a range, in base-64 digits;
/// - `c<n>` `{"docs": [[id, kind number, title, summary], ...]}`: what a result shows.
///
/// Text in the shards is quoted as in the single index (`<`, `>`, `&`, U+2028, U+2029 escaped),
/// and shard ids are made here from numbers, so no text can leave its string.
extension BrowserIndex {
    /// The folder of the shard files, from the site's root.
    public static let shardFolder = "assets/search/"

    /// A file of the browser index: its path in the site and its bytes.
    public struct File: Sendable, Equatable {
        public var path: String
        public var bytes: [UInt8]
    }

    /// How the browser index is written.
    public enum Layout: String, Sendable, CaseIterable {
        /// One file (`assets/search-index.js`), loaded whole on the first search.
        case single
        /// A manifest and shards loaded as queries need them.
        case shards
        /// One file while it would stay under `singleFileLimit` bytes, shards above.
        case automatic
    }

    /// The largest single index written as one file by `Layout.automatic`: under it one download
    /// is as quick as the two or three rounds of shards a query needs.
    public static let singleFileLimit = 400_000

    /// The path of the manifest or single index in the site.
    public static let mainPath = "assets/search-index.js"

    /// The files of the browser index of `data` in `layout`.
    public static func files(_ data: IndexData, layout: Layout) -> [File] {
        if layout == .single || layout == .automatic && estimatedSize(data) <= singleFileLimit {
            return [File(path: mainPath, bytes: Array(script(data).utf8))]
        }
        return ShardWriter(data).files()
    }

    /// About the bytes of the single index of `data` (within a few percent: postings take two or
    /// three digits each), found without writing it.
    static func estimatedSize(_ data: IndexData) -> Int {
        var bytes = 3_000
        for term in data.terms { bytes += term.term.utf8.count + 6 + term.postings.count * 5 / 2 }
        for document in data.documents {
            bytes += 30 + document.id.utf8.count + document.title.utf8.count + document.summary.utf8.count
            for alias in document.aliases { bytes += alias.utf8.count + 3 }
        }
        for name in data.names { bytes += name.key.utf8.count + 12 }
        return bytes
    }
}

/// Writes the sharded index (see `BrowserIndex+Shards.swift`).
struct ShardWriter {
    /// Bytes of term text per dictionary shard, of names per names shard, and of postings per
    /// postings shard (a term whose postings are longer gets a shard of its own).
    static let dictionaryBytes = 16_000
    static let namesBytes = 8_000
    static let postingsBytes = 32_000
    /// Entries per kinds shard and per content shard.
    static let kindsPerShard = 16_384
    static let docsPerShard = 16
    /// Entries whose text a postings shard of one term carries: the results of the search box.
    static let topPerTerm = 8
    static let folder = BrowserIndex.shardFolder

    let data: IndexData
    let kindNumbers: [String: Int]
    /// The average field lengths (names, summary, body), for the scores that choose a term's `top`.
    let averages: [Double]
    /// `postingsBytes`, or less for a test to give terms postings shards of their own.
    let postingsTarget: Int

    init(_ data: IndexData, postingsBytes: Int = Self.postingsBytes) {
        self.data = data
        kindNumbers = Dictionary(data.kinds.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        averages = data.averageLengths
        postingsTarget = postingsBytes
    }

    func files() -> [BrowserIndex.File] {
        var files: [BrowserIndex.File] = []
        let dictionary = ranges(Self.dictionaryBytes) { $0.term.utf8.count + 8 }
        let postings = ranges(postingsTarget) { $0.postings.count * 6 + 4 }  // gap, code, a length or two
        let typo = typoTerms()
        for (number, range) in dictionary.enumerated() {
            files.append(shard("d\(number)") { $0.dictionary(data, range) })
        }
        let holders = nameHolders(postings), concepts = conceptTerms()
        var held: [Int: [IndexData.Name]] = [:], elsewhere: [IndexData.Name] = []
        for name in data.names {
            if let shard = holders[String(name.key.prefix { $0 != " " })] { held[shard, default: []].append(name) } else { elsewhere.append(name) }
        }
        let names = nameShards(elsewhere)
        for (number, shardNames) in names.enumerated() {
            files.append(shard("n\(number)") { $0.names(shardNames, concepts: concepts) })
        }
        for (number, range) in postings.enumerated() {
            files.append(shard("p\(number)") { writer in
                writer.postings(data, range, top: Self.topPerTerm, averages: averages, kindNumbers,
                                names: held[number].map { (Self.sortedByKey($0), concepts) })
            })
        }
        for (length, terms) in typo.sorted(by: { $0.key < $1.key }) {
            files.append(shard("y\(length)") { $0.typo(data, terms) })
        }
        files.append(shard("l0") { $0.bodyLengths(data.documents) })
        for start in stride(from: 0, to: data.documents.count, by: Self.kindsPerShard) {
            let range = start..<min(start + Self.kindsPerShard, data.documents.count)
            files.append(shard("k\(start / Self.kindsPerShard)") { $0.kinds(data.documents[range], kindNumbers) })
        }
        for start in stride(from: 0, to: data.documents.count, by: Self.docsPerShard) {
            let range = start..<min(start + Self.docsPerShard, data.documents.count)
            files.append(shard("c\(start / Self.docsPerShard)") { $0.content(data.documents[range], kindNumbers) })
        }
        var manifest = BrowserIndex.Writer()
        manifest.put("window.SeamSearchIndex = ")
        manifest.manifest(data, dictionary: dictionary, names: names, postings: postings,
                          nameHolders: Set(holders.values), typoLengths: typo.keys.sorted())
        manifest.put(";\n")
        files.insert(BrowserIndex.File(path: BrowserIndex.mainPath, bytes: manifest.bytes), at: 0)
        return files
    }

    /// Consecutive ranges of term numbers, each about `target` by `size` (never empty).
    func ranges(_ target: Int, size: ((term: String, postings: [IndexData.Posting])) -> Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = [], start = 0, bytes = 0
        for (number, term) in data.terms.enumerated() {
            let cost = size(term)
            if number > start && bytes + cost > target {
                ranges.append(start..<number)
                start = number
                bytes = 0
            }
            bytes += cost
        }
        if start < data.terms.count || ranges.isEmpty { ranges.append(start..<data.terms.count) }
        return ranges
    }

    /// The postings shards of one term that also carry the names whose first term is theirs, by
    /// that term: a query that may name an entry by words starting with a common word loads that
    /// word's postings anyway, so those names come in the same file, not in names shards of their
    /// own. Not a stop word's shard: a query loads a stop word's postings only when it has
    /// nothing else.
    func nameHolders(_ postings: [Range<Int>]) -> [String: Int] {
        let stopTerms = Set(StopWords.words.flatMap { Tokenizer.terms($0) })
        var holders: [String: Int] = [:]
        for (number, range) in postings.enumerated() where range.count == 1 {
            let term = data.terms[range.lowerBound].term
            if !stopTerms.contains(term) { holders[term] = number }
        }
        return holders
    }

    /// `names` sorted by key (UTF-8 bytes; names of one key in the order given, the single
    /// index's).
    static func sortedByKey(_ names: [IndexData.Name]) -> [IndexData.Name] {
        names.enumerated().sorted { left, right in
            left.element.key == right.element.key ? left.offset < right.offset
                : left.element.key.utf8.lexicographicallyPrecedes(right.element.key.utf8)
        }.map(\.element)
    }

    /// `names` sorted by key, in ranges of about `namesBytes`, never splitting a key's names (at
    /// least one range).
    func nameShards(_ names: [IndexData.Name]) -> [[IndexData.Name]] {
        var shards: [[IndexData.Name]] = [[]], bytes = 0
        for name in Self.sortedByKey(names) {
            let cost = name.key.utf8.count + 12
            if bytes + cost > Self.namesBytes, let last = shards[shards.count - 1].last, last.key != name.key {
                shards.append([])
                bytes = 0
            }
            shards[shards.count - 1].append(name)
            bytes += cost
        }
        return shards
    }

    /// The number of each entry's `@id` term, by entry number (the `@` terms sort together).
    func conceptTerms() -> [Int: Int] {
        let numbers = Dictionary(data.documents.enumerated().map { ("@" + $1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var concepts: [Int: Int] = [:]
        for (number, term) in data.terms.enumerated() where term.term.first == "@" {
            if let document = numbers[term.term] { concepts[document] = number }
        }
        return concepts
    }

    /// Term numbers by length in code points, of the terms a typo can reach: a word typed
    /// without digits is more edits away from a term than it has digits (and at most two edits
    /// are allowed), and `@` terms are not words.
    func typoTerms() -> [Int: [Int]] {
        var byLength: [Int: [Int]] = [:]
        for (number, term) in data.terms.enumerated() where term.term.first != "@" {
            let scalars = term.term.unicodeScalars
            if scalars.lazy.filter(\.isNumber).count > 2 { continue }
            byLength[scalars.count, default: []].append(number)
        }
        return byLength
    }

    func shard(_ id: String, _ body: (inout BrowserIndex.Writer) -> Void) -> BrowserIndex.File {
        var writer = BrowserIndex.Writer(capacity: 4096)
        writer.put("seamShard(\"")
        writer.bytes.append(contentsOf: id.utf8)
        writer.put("\",")
        body(&writer)
        writer.put(");\n")
        // Copied to an array of its size: the writer's has grown by doubling, and a build holds
        // every shard until it writes them (about 4 MB of spare room over 850 shards, 10,000 entries).
        return BrowserIndex.File(path: Self.folder + id + ".js", bytes: writer.bytes.withUnsafeBufferPointer { Array($0) })
    }
}

private extension Unicode.Scalar {
    /// A number as the script's `\\p{N}` sees it (decimal digits, letter numbers, other numbers).
    var isNumber: Bool {
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: true
        default: false
        }
    }
}
