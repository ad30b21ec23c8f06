/// Finds the names of entries (titles and aliases of entries that have aliases) in a run of
/// tokens, longest first, so that `net revenue retention` and `NRR` both count as a mention of
/// the same entry. Strict names (short capitals like `CS`) match only capitals.
///
/// The names live in a trie of terms, so the work per token does not grow with the number of
/// names that share a first term (a 10,000-entry knowledge base has dozens per common word).
struct NameMatcher {
    /// Per trie node: the next term's node. Node 0 is the root.
    private var children: [[String: Int32]] = [[:]]
    /// Per trie node: the name that ends there, if any (each name's terms are unique).
    private var ends: [(document: Int, strict: Bool)?] = [nil]

    init(_ names: [IndexData.Name]) {
        for name in names {
            let terms = name.key.split(separator: " ").map(String.init)
            guard !terms.isEmpty else { continue }
            var node = 0
            for term in terms {
                if let next = children[node][term] {
                    node = Int(next)
                } else {
                    children.append([:])
                    ends.append(nil)
                    children[node][term] = Int32(children.count - 1)
                    node = children.count - 1
                }
            }
            if ends[node] == nil { ends[node] = (name.document, name.strict) }
        }
    }

    var isEmpty: Bool { children[0].isEmpty }

    /// The longest name starting at `start`, as (document, length), if any. A strict name
    /// matches only tokens written in capitals, unless `lenient`.
    func match(_ tokens: [Token], at start: Int, lenient: Bool = false) -> (document: Int, length: Int)? {
        var node = 0
        var allUppercase = true
        var best: (document: Int, length: Int)?
        var index = start
        while index < tokens.count, let next = children[node][tokens[index].term] {
            node = Int(next)
            allUppercase = allUppercase && tokens[index].isUppercase
            index += 1
            if let end = ends[node], !end.strict || lenient || allUppercase {
                best = (end.document, index - start)
            }
        }
        return best
    }

    /// How many times each entry is named in `tokens`.
    func mentions(_ tokens: [Token]) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        guard !isEmpty else { return counts }
        var index = 0
        while index < tokens.count {
            if let found = match(tokens, at: index) {
                counts[found.document, default: 0] += 1
                index += found.length
            } else {
                index += 1
            }
        }
        return counts
    }
}

extension IndexData.Name {
    /// The name entry for `text` (a title or alias) of `document`; nil when it has no words.
    static func make(_ text: String, document: Int) -> IndexData.Name? {
        let tokens = Tokenizer.tokenize(text)
        guard !tokens.isEmpty else { return nil }
        let letters = tokens.reduce(0) { $0 + $1.word.unicodeScalars.count }
        let strict = tokens.allSatisfy(\.isUppercase) && letters <= 5
        return IndexData.Name(key: tokens.map(\.term).joined(separator: " "), document: document, strict: strict)
    }
}
