import Foundation

/// Checks quoted phrases against an entry's file: the phrase's terms must follow each other
/// in the text (front matter and body, as tokenized by `Tokenizer`).
public struct PhraseCheck {
    public let root: String
    public let index: SearchIndex
    private var cache: [Int: [String]] = [:]

    public init(root: String, index: SearchIndex) {
        self.root = root
        self.index = index
    }

    /// True when entry `document` has `terms` next to each other, in order.
    public mutating func contains(_ document: Int, _ terms: [String]) -> Bool {
        let text: [String]
        if let cached = cache[document] {
            text = cached
        } else {
            let path = root + "/" + index.document(document).path
            let data = FileManager.default.contents(atPath: path) ?? Data()
            text = Tokenizer.terms(String(decoding: data, as: UTF8.self))
            cache[document] = text
        }
        guard !terms.isEmpty, text.count >= terms.count else { return false }
        for start in 0...(text.count - terms.count) where text[start] == terms[0] {
            if Array(text[start..<(start + terms.count)]) == terms { return true }
        }
        return false
    }
}
