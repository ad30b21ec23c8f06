import SeamText

/// Finds the names of entries (titles and aliases of entries that have aliases) in the numbered
/// terms of a text, for the index builder: longest first, so that `net revenue retention` and
/// `NRR` both count as a mention of the same entry. Strict names (short capitals like `CS`)
/// match only capitals.
struct NumberedNameMatcher {
    /// The names, term by term.
    private var trie = WordTrie()
    /// Per trie node: the name that ends there, if any (the first name of a key wins).
    private var ends: [(document: Int, strict: Bool)?] = [nil]

    /// A matcher of `names`, their terms numbered in `terms`.
    init(_ names: [IndexData.Name], terms: inout WordTable) {
        for name in names {
            var key = name.key  // terms joined by single spaces
            let words = key.withUTF8 { $0.split(separator: UInt8(ascii: " ")).map { terms.insert(UnsafeBufferPointer(rebasing: $0)) } }
            guard !words.isEmpty else { continue }
            let node = Int(trie.insert(words))
            if ends.count < trie.nodeCount { ends += Array(repeating: nil, count: trie.nodeCount - ends.count) }
            if ends[node] == nil { ends[node] = (name.document, name.strict) }
        }
    }

    /// Appends to `found` the document of every name in the words (`terms`, with whether each
    /// was written in capitals), longest first, each word in one name at most.
    func mentions(_ terms: [Int32], _ uppercase: [Bool], into found: inout [Int]) {
        var start = 0
        while start < terms.count {
            var node: Int32 = 0
            var allUppercase = true
            var best: (document: Int, length: Int)?
            var index = start
            while index < terms.count, let next = trie.child(node, terms[index]) {
                node = next
                allUppercase = allUppercase && uppercase[index]
                index += 1
                if let end = ends[Int(node)], !end.strict || allUppercase { best = (end.document, index - start) }
            }
            if let best {
                found.append(best.document)
                start += best.length
            } else {
                start += 1
            }
        }
    }
}
