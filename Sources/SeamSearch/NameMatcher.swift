/// Finds the names of entries (titles and aliases of entries that have aliases) in a run of
/// tokens, longest first, so that `net revenue retention` and `NRR` both count as a mention of
/// the same entry. Strict names (short capitals like `CS`) match only capitals.
struct NameMatcher {
    struct Candidate {
        var terms: [String]
        var document: Int
        var strict: Bool
    }

    /// Candidates by their first term, longest first.
    private var byFirst: [String: [Candidate]] = [:]

    init(_ names: [IndexData.Name]) {
        for name in names {
            let terms = name.key.split(separator: " ").map(String.init)
            guard let first = terms.first else { continue }
            byFirst[first, default: []].append(Candidate(terms: terms, document: name.document, strict: name.strict))
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.terms.count > $1.terms.count } }
    }

    var isEmpty: Bool { byFirst.isEmpty }

    /// The longest name starting at `start`, as (document, length), if any.
    func match(_ tokens: [Token], at start: Int, lenient: Bool = false) -> (document: Int, length: Int)? {
        guard let candidates = byFirst[tokens[start].term] else { return nil }
        for candidate in candidates where start + candidate.terms.count <= tokens.count {
            var matches = true
            for (offset, term) in candidate.terms.enumerated() {
                let token = tokens[start + offset]
                if token.term != term || (candidate.strict && !lenient && !token.isUppercase) { matches = false; break }
            }
            if matches { return (candidate.document, candidate.terms.count) }
        }
        return nil
    }

    /// How many times each entry is named in `tokens`.
    func mentions(_ tokens: [Token]) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        guard !byFirst.isEmpty else { return counts }
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
