/// The bodies of the sharded index's files (the format is in `BrowserIndex+Shards.swift`).
extension BrowserIndex.Writer {
    /// The manifest: the header and the table of shards.
    mutating func manifest(_ data: IndexData, dictionary: [Range<Int>], names: [String], postings: [Range<Int>], typoLengths: [Int]) {
        header(data)
        put(",\n\"shards\":{\"path\":\""); bytes.append(contentsOf: ShardWriter.folder.utf8)
        put("\",\"count\":"); put(data.documents.count)
        put(",\"termCount\":"); put(data.terms.count)
        put(",\n\"dictionary\":[")
        joined(dictionary, ",\n") { writer, range in
            writer.put("["); writer.quote(range.isEmpty ? "" : data.terms[range.lowerBound].term)
            writer.put(","); writer.put(range.lowerBound); writer.put("]")
        }
        put("],\n\"names\":[")
        joined(names, ",\n") { $0.quote($1) }
        put("],\n\"postings\":[")
        joined(postings, ",\n") { writer, range in
            writer.put("["); writer.quote(range.isEmpty ? "" : data.terms[range.lowerBound].term)
            writer.put(","); writer.put(range.lowerBound); writer.put(range.count == 1 ? ",1]" : ",0]")
        }
        put("],\n\"typo\":[")
        joined(typoLengths, ",") { $0.put($1) }
        put("],\"kinds\":"); put(ShardWriter.kindsPerShard)
        put(",\"content\":"); put(ShardWriter.docsPerShard)
        put("}}")
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
        put("{\"names\":[")
        joined(names, ",") { writer, name in
            writer.put("["); writer.quote(name.key); writer.put(","); writer.put(name.document)
            writer.put(name.strict ? ",1," : ",0,"); writer.put(concepts[name.document] ?? -1); writer.put("]")
        }
        put("]}")
    }

    /// A postings shard: per term, its postings with the lengths of the fields it occurs in.
    mutating func postings(_ data: IndexData, _ range: Range<Int>) {
        put("{\"postings\":[")
        joined(data.terms[range], ",\n") { writer, term in
            writer.put("\""); writer.encode(term.postings, lengths: data.documents); writer.put("\"")
        }
        put("]}")
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
            writer.put("["); writer.quote(document.id); writer.put(","); writer.put(numbers[document.kind] ?? 0)
            writer.put(","); writer.quote(document.title); writer.put(","); writer.quote(document.summary); writer.put("]")
        }
        put("]}")
    }
}
