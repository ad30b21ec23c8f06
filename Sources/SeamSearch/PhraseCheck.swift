/// Checks quoted phrases against the text the index keeps of an entry: the phrase's terms must
/// follow each other, in order, within one of its texts (title, an alias, the summary, another
/// field, a section's heading, paragraphs or code) as `Tokenizer` splits it. Never reads a file.
struct PhraseCheck {
    let index: SearchIndex

    /// True when entry `document` has `terms` next to each other, in order.
    func contains(_ document: Int, _ terms: [String]) -> Bool {
        guard !terms.isEmpty else { return false }
        let keys = terms.map { Array($0.utf8) }
        let entry = index.document(document)
        for text in [entry.title] + entry.aliases + [entry.summary] where Self.contains(text, keys) { return true }
        return index.text(document).texts.contains { Self.contains($0, keys) }
    }

    /// True when the terms of `text` have `keys` (terms as UTF-8) next to each other, in order.
    static func contains(_ text: String, _ keys: [[UInt8]]) -> Bool {
        // For each match under way, how many of `keys` it has met.
        var partial: [Int] = []
        var found = false
        Tokenizer.forEachWord(text) { word, _, _ in
            guard !found else { return }
            let term = UnsafeBufferPointer(rebasing: word[..<Stemmer.stem(word)])
            var kept = 0
            for matched in partial where term.elementsEqual(keys[matched]) {
                partial[kept] = matched + 1
                kept += 1
            }
            partial.removeLast(partial.count - kept)
            if term.elementsEqual(keys[0]) { partial.append(1) }
            found = partial.contains(keys.count)
        }
        return found
    }
}
