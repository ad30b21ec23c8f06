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
