#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Terms numbered in the order they are first met, looked up by their UTF-8 bytes: an
/// open-addressing table with FNV-1a hashes, so that numbering a word of an entry's text costs
/// no String and no allocation (the index builder numbers every word of every entry).
struct TermTable {
    private var bytes: [UInt8] = []
    /// Term `n` is `bytes[starts[n]..<starts[n + 1]]`.
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Term number per slot, -1 for empty. The size is a power of two, at most half full.
    private var slots = [Int32](repeating: -1, count: 1024)
    /// The terms by number.
    private(set) var names: [String] = []

    var count: Int { names.count }

    /// The number of the term `word`, added if new.
    mutating func number(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let number = Int(slots[slot])
            if hashes[number] == hash, starts[number + 1] - starts[number] == word.count,
               word.isEmpty || bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + starts[number], word.baseAddress!, word.count) == 0 }) {
                return Int32(number)
            }
            slot = (slot + 1) & mask
        }
        let number = Int32(names.count)
        bytes.append(contentsOf: word)
        starts.append(bytes.count)
        hashes.append(hash)
        names.append(String(decoding: word, as: UTF8.self))
        slots[slot] = number
        if names.count * 2 > slots.count { grow() }
        return number
    }

    /// The number of the term `term`, added if new.
    mutating func number(_ term: String) -> Int32 {
        var term = term
        return term.withUTF8 { number($0) }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }
}

/// `NameMatcher` over numbered terms, for the index builder: the same trie and the same
/// longest-first, strict-means-capitals matching, with integer edges instead of String keys.
struct NumberedNameMatcher {
    /// Edges from the root by term number (-1 for none): most words start no name.
    private var rootEdges: [Int32] = []
    /// Other edges, keyed by node << 32 | term.
    private var edges: [Int: Int32] = [:]
    /// Per trie node: the name that ends there, if any.
    private var ends: [(document: Int, strict: Bool)?] = [nil]

    init(_ names: [IndexData.Name], terms: inout TermTable) {
        for name in names {
            let words = name.key.split(separator: " ").map { terms.number(String($0)) }
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
                        edges[node << 32 | Int(term)] = new
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
        return edges[node << 32 | Int(term)]
    }

    /// Calls `found` with the document of every name in the words (`terms`, with whether each
    /// was written in capitals), longest first, as `NameMatcher.mentions` counts them.
    func mentions(_ terms: [Int32], _ uppercase: [Bool], _ found: (Int) -> Void) {
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
                found(best.document)
                start += best.length
            } else {
                start += 1
            }
        }
    }
}
