import SeamContent

/// The bodies of the sharded index's files (the format is in `BrowserIndex+Shards.swift`).
extension BrowserIndex.Writer {
    /// The manifest: the header and the table of shards. A shard's place in a table is the
    /// shortest start of its first term (or key) that sorts after the previous shard's last, which
    /// finds the same shard for any word (a shard of one term's postings keeps the whole term).
    mutating func manifest(_ data: IndexData, dictionary: [Range<Int>], names: [[IndexData.Name]], postings: [Range<Int>],
                           nameHolders: Set<Int>, typoLengths: [Int]) {
        header(data)
        put(",\n\"shards\":{\"path\":\""); bytes.append(contentsOf: ShardWriter.folder.utf8)
        put("\",\"count\":"); put(data.documents.count)
        put(",\"termCount\":"); put(data.terms.count)
        put(",\n\"dictionary\":[")
        joined(dictionary, ",") { writer, range in
            writer.put("["); writer.quote(Self.separator(data, range))
            writer.put(","); writer.put(range.lowerBound); writer.put("]")
        }
        put("],\n\"names\":[")
        var previous: String?
        joined(names, ",") { writer, shard in
            let first = shard.first?.key ?? ""
            writer.quote(previous.map { Self.separator(after: $0, first: first) } ?? "")
            previous = shard.last?.key
        }
        put("],\n\"postings\":[")
        joined(postings.enumerated(), ",") { writer, shard in
            let range = shard.element
            writer.put("["); writer.quote(range.count == 1 ? data.terms[range.lowerBound].term : Self.separator(data, range))
            writer.put(","); writer.put(range.lowerBound)
            writer.put(range.count != 1 ? ",0]" : nameHolders.contains(shard.offset) ? ",2]" : ",1]")
        }
        put("],\n\"typo\":[")
        joined(typoLengths, ",") { $0.put($1) }
        put("],\"kinds\":"); put(ShardWriter.kindsPerShard)
        put(",\"content\":"); put(ShardWriter.docsPerShard)
        put("}}")
    }

    /// The place of the range of terms `range` in a table.
    static func separator(_ data: IndexData, _ range: Range<Int>) -> String {
        guard range.lowerBound > 0, !range.isEmpty else { return "" }
        return separator(after: data.terms[range.lowerBound - 1].term, first: data.terms[range.lowerBound].term)
    }

    /// The shortest start of `first` that sorts after `previous` (by UTF-8 bytes; `first` itself
    /// does).
    static func separator(after previous: String, first: String) -> String {
        var start = ""
        for scalar in first.unicodeScalars {
            start.unicodeScalars.append(scalar)
            if previous.utf8.lexicographicallyPrecedes(start.utf8) { return start }
        }
        return first
    }

    /// A dictionary shard: its terms with their document frequencies.
    mutating func dictionary(_ data: IndexData, _ range: Range<Int>) {
        put("{\"terms\":[")
        joined(data.terms[range], ",") { writer, term in
            writer.put("["); writer.quote(term.term); writer.put(","); writer.put(term.postings.count); writer.put("]")
        }
        put("]}")
    }

    /// A names shard; each name with the number of its entry's `@id` term (-1 when none).
    mutating func names(_ names: [IndexData.Name], concepts: [Int: Int]) {
        put("{"); nameList(names, concepts: concepts); put("}")
    }

    /// `"names":[...]`, as a names shard and a postings shard with names have it.
    mutating func nameList(_ names: [IndexData.Name], concepts: [Int: Int]) {
        put("\"names\":[")
        joined(names, ",") { writer, name in
            writer.put("["); writer.quote(name.key); writer.put(","); writer.put(name.document)
            writer.put(name.strict ? ",1," : ",0,"); writer.put(concepts[name.document] ?? -1); writer.put("]")
        }
        put("]")
    }

    /// A postings shard: per term, its postings with the lengths of the fields it occurs in (but
    /// the body's in a shard of one term, a long list: those are in `l0`); for a shard of one term, the text of the `top` entries it scores best in (what a query of that
    /// word shows first, so that it needs no round for content), scored with the field lengths'
    /// `averages` (`IndexData.averageLengths`, found once for every shard), and the `names` it
    /// holds (`ShardWriter.nameHolders`).
    mutating func postings(_ data: IndexData, _ range: Range<Int>, top: Int, averages: [Double], _ kindNumbers: [String: Int],
                           names: (list: [IndexData.Name], concepts: [Int: Int])? = nil) {
        put("{\"postings\":[")
        joined(data.terms[range], ",\n") { writer, term in
            writer.put("\""); writer.encode(term.postings, lengths: data.documents, bodyLengths: range.count != 1); writer.put("\"")
        }
        put("]")
        if range.count == 1 {
            put(",\n\"top\":[\n")
            joined(Self.best(data, data.terms[range.lowerBound].postings, top, averages: averages), ",\n") { writer, number in
                writer.put("["); writer.put(number); writer.put(",")
                writer.document(data.documents[number], kindNumbers)
                writer.put("]")
            }
            put("]")
        }
        if let names {
            put(",\n"); nameList(names.list, concepts: names.concepts)
        }
        put("}")
    }

    /// The numbers of the `count` entries of `postings` with the best scores for its term alone
    /// (`Scoring`, rounded as a ranking compares them), best first, the first entry on a tie.
    static func best(_ data: IndexData, _ postings: [IndexData.Posting], _ count: Int, averages: [Double]) -> [Int] {
        let idf = Scoring.idf(df: postings.count, count: data.documents.count)
        let scored = postings.lazy.map { posting in
            let lengths = data.documents[posting.document].lengths
            return (posting.document, Scoring.rounded(Scoring.score(code: posting.code, lengths: (lengths[0], lengths[1], lengths[2]), averages: averages, idf: idf)))
        }
        return scored.smallest(count) { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
    }

    /// A typo shard: term numbers, terms and document frequencies.
    mutating func typo(_ data: IndexData, _ numbers: [Int]) {
        put("{\"terms\":[")
        joined(numbers, ",") { writer, number in
            writer.put("["); writer.put(number); writer.put(","); writer.quote(data.terms[number].term)
            writer.put(","); writer.put(data.terms[number].postings.count); writer.put("]")
        }
        put("]}")
    }

    /// The lengths shard: the length of each entry's body, in base-64 digits.
    mutating func bodyLengths(_ documents: [IndexDocument]) {
        put("{\"lengths\":\"")
        for document in documents { varint(document.lengths[2]) }
        put("\"}")
    }

    /// A kinds shard: the kind number of each entry, in base-64 digits.
    mutating func kinds(_ documents: ArraySlice<IndexDocument>, _ numbers: [String: Int]) {
        put("{\"kinds\":\"")
        for document in documents { varint(numbers[document.kind] ?? 0) }
        put("\"}")
    }

    /// A content shard: what a result shows of each entry.
    mutating func content(_ documents: ArraySlice<IndexDocument>, _ numbers: [String: Int]) {
        put("{\"docs\":[\n")
        joined(documents, ",\n") { writer, document in
            writer.put("["); writer.document(document, numbers); writer.put("]")
        }
        put("]}")
    }

    /// What a result shows of an entry: `id, kind number, title, summary`.
    mutating func document(_ document: IndexDocument, _ numbers: [String: Int]) {
        quote(document.id); put(","); put(numbers[document.kind] ?? 0)
        put(","); quote(document.title); put(","); quote(document.summary)
    }
}
