/// `NameMatcher` over numbered terms, for the index builder: the same trie and the same
/// longest-first, strict-means-capitals matching, with integer edges instead of String keys.
struct NumberedNameMatcher {
    /// Edges from the root by term number (-1 for none): most words start no name.
    private var rootEdges: [Int32] = []
    /// Other edges, keyed by node and term.
    private var edges = EdgeTable()
    /// Per trie node: the name that ends there, if any.
    private var ends: [(document: Int, strict: Bool)?] = [nil]

    init(_ names: [IndexData.Name], terms: inout TermTable) {
        for name in names {
            var key = name.key  // terms joined by single spaces
            let words = key.withUTF8 { $0.split(separator: UInt8(ascii: " ")).map { terms.number(UnsafeBufferPointer(rebasing: $0)) } }
            guard !words.isEmpty else { continue }
            var node = 0
            for term in words {
                if let next = child(node, term) {
                    node = Int(next)
                } else {
                    ends.append(nil)
                    let new = Int32(ends.count - 1)
                    if node == 0 {
                        if rootEdges.count <= Int(term) { rootEdges += [Int32](repeating: -1, count: Int(term) + 1 - rootEdges.count) }
                        rootEdges[Int(term)] = new
                    } else {
                        edges.insert(EdgeTable.key(node, term), new)
                    }
                    node = Int(new)
                }
            }
            if ends[node] == nil { ends[node] = (name.document, name.strict) }
        }
    }

    private func child(_ node: Int, _ term: Int32) -> Int32? {
        if node == 0 {
            guard Int(term) < rootEdges.count, rootEdges[Int(term)] >= 0 else { return nil }
            return rootEdges[Int(term)]
        }
        return edges[EdgeTable.key(node, term)]
    }

    /// Appends to `found` the document of every name in the words (`terms`, with whether each
    /// was written in capitals), longest first, as `NameMatcher.mentions` counts them.
    func mentions(_ terms: [Int32], _ uppercase: [Bool], into found: inout [Int]) {
        var start = 0
        while start < terms.count {
            var node = 0
            var allUppercase = true
            var best: (document: Int, length: Int)?
            var index = start
            while index < terms.count, let next = child(node, terms[index]) {
                node = Int(next)
                allUppercase = allUppercase && uppercase[index]
                index += 1
                if let end = ends[node], !end.strict || allUppercase { best = (end.document, index - start) }
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

/// The trie's edges below the root: an open-addressing table from (node, term) to the next
/// node. Nearly every word of a text starts a name in a knowledge base whose titles are made of
/// its common words, so this lookup runs once per word; a `Dictionary` hashed it with SipHash.
struct EdgeTable {
    /// Per slot: the key (0 for empty: node 0, the root, keeps its edges elsewhere) and the node.
    private var keys = [UInt64](repeating: 0, count: 64)
    private var values = [Int32](repeating: 0, count: 64)
    private var count = 0

    /// The key of the edge from `node` (not the root) by `term`.
    static func key(_ node: Int, _ term: Int32) -> UInt64 { UInt64(node) << 32 | UInt64(UInt32(bitPattern: term)) }

    /// The first slot to probe for `key`: a multiplicative hash, its top bits (the size is a power of two).
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - keys.count.trailingZeroBitCount))
    }

    subscript(key: UInt64) -> Int32? {
        let mask = keys.count - 1
        var slot = home(key)
        while keys[slot] != 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds an edge that is not there yet.
    mutating func insert(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count {
            let old = zip(keys, values).filter { $0.0 != 0 }
            keys = [UInt64](repeating: 0, count: keys.count * 2)
            values = [Int32](repeating: 0, count: keys.count)
            count = 0
            for (key, value) in old { insert(key, value) }
        }
        let mask = keys.count - 1
        var slot = home(key)
        while keys[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = value
        count += 1
    }
}
