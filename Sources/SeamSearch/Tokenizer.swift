import SeamText

/// The one tokenizer of Seam search, shared by the index, queries, snippets and (ported line by
/// line to `search-engine.js`) the site's search: the words of `WordScanner` (whose rules the
/// JavaScript engine repeats), apostrophes joining (`don't` gives `dont`, `company's` gives
/// `companys`), and the term of each word is the word after `Stemmer.stem`.
public enum Tokenizer {
    /// Longest word kept, in Unicode scalars; longer words are cut.
    public static let maximumWordLength = WordScanner.maximumWordLength

    /// The tokens of `text`, in order.
    public static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        forEachWord(text) { word, range, isUppercase in
            let folded = String(decoding: word, as: UTF8.self)
            let stem = Stemmer.stem(word)
            let term = stem == word.count ? folded : String(decoding: word[..<stem], as: UTF8.self)
            tokens.append(Token(word: folded, term: term, range: range, isUppercase: isUppercase))
        }
        return tokens
    }

    /// Calls `body` with each word of `text`, in order: its folded UTF-8 bytes, where it is in the
    /// text (UTF-8 offsets) and whether it was written in capitals. The bytes are a scratch buffer,
    /// valid during the call only, that `body` may change (`Stemmer.stem` works in place): the
    /// index builder scans every text of every entry, and a String per word was most of its time.
    static func forEachWord(_ text: String, _ body: (UnsafeMutableBufferPointer<UInt8>, Range<Int>, Bool) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: WordScanner.scratchCapacity) { scratch in
                var scanner = WordScanner(bytes, joinsApostrophes: true)
                while let word = scanner.next(into: scratch) {
                    body(UnsafeMutableBufferPointer(rebasing: scratch[..<word.length]), word.range, word.isUppercase)
                }
            }
        }
    }

    /// The terms of `text` (stemmed folded words), in order.
    public static func terms(_ text: String) -> [String] { tokenize(text).map(\.term) }
}
