/// A query as typed, split into words and quoted phrases.
public struct SearchQuery: Sendable, Hashable {
    public enum Part: Sendable, Hashable {
        case word(Token)
        case phrase([Token])
    }

    /// Longest query accepted, in characters.
    public static let maximumLength = 1_000
    /// Most words searched; the rest are ignored.
    public static let maximumWords = 32

    public var text: String
    public var parts: [Part]
    /// True when the query ends inside a word (no space or quote after it), so the last word
    /// also matches as a prefix (`expan` finds `expansion`).
    public var endsInWord: Bool

    /// What is wrong with a query, said so that the user knows what to type instead.
    public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        case empty, tooLong(Int), controlCharacter(UInt32)

        public var description: String {
            switch self {
            case .empty:
                return "the query has no words to search for: give one or more words"
            case .tooLong(let count):
                return "the query is \(count) characters long; the limit is \(SearchQuery.maximumLength): search for a few words"
            case .controlCharacter(let value):
                return "the query contains a control character (U+\(String(value, radix: 16, uppercase: true).leftPadded(4))): remove it"
            }
        }
    }

    /// Splits `text` into words and `"quoted phrases"` (an unclosed quote runs to the end).
    public static func parse(_ text: String) throws(Problem) -> SearchQuery {
        let count = text.count
        if count > maximumLength { throw .tooLong(count) }
        if let control = text.unicodeScalars.first(where: { ($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r") || (0x7F...0x9F).contains($0.value) }) {
            throw .controlCharacter(control.value)
        }
        var parts: [Part] = []
        var words = 0
        for (index, piece) in text.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
            let tokens = Tokenizer.tokenize(String(piece))
            if index % 2 == 1 {
                let kept = Array(tokens.prefix(maximumWords - words))
                words += kept.count
                if kept.count == 1 { parts.append(.word(kept[0])) } else if !kept.isEmpty { parts.append(.phrase(kept)) }
            } else {
                for token in tokens where words < maximumWords {
                    parts.append(.word(token))
                    words += 1
                }
            }
        }
        if parts.isEmpty { throw .empty }
        let last = text.unicodeScalars.last
        let endsInWord = last.map { !$0.properties.isWhitespace && $0 != "\"" } ?? false
        return SearchQuery(text: text, parts: parts, endsInWord: endsInWord && words < maximumWords + 1)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
