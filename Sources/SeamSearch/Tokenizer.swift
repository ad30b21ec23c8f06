import Foundation

/// The one tokenizer of Seam search, shared by the index, queries, snippets and (ported line by
/// line to `search-engine.js`) the site's search. The rules, which the JavaScript engine repeats:
///
/// 1. Each Unicode scalar is folded on its own: compatibility decomposition (NFKD), combining marks
///    dropped, lowercased; only letters and numbers (`\p{L}`, `\p{N}`) of the result are kept.
/// 2. A word is a run of scalars whose folding is not empty. Combining marks inside a word are
///    skipped; an apostrophe (`'`, `’`, `ʼ`) between two word scalars is dropped, joining them
///    (`don't` gives `dont`, `company's` gives `companys`). Anything else separates words, so
///    `27%` gives `27` and `$10M-$50M` gives `10m` and `50m`.
/// 3. Words are cut to `maximumWordLength` scalars.
/// 4. The term is the word after `Stemmer.stem`.
public enum Tokenizer {
    /// Longest word kept, in Unicode scalars; longer words are cut.
    public static let maximumWordLength = 48

    /// The tokens of `text`, in order.
    public static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        // The word's folded scalars as UTF-8, made into a String once per word: appending scalars
        // to a String one by one was a tenth of a site build.
        var word: [UInt8] = []
        word.reserveCapacity(64)
        var wordLength = 0
        var start = -1
        var end = 0
        var sawUpper = false, sawLower = false
        var pendingApostrophe = false
        var offset = 0

        func finish() {
            if start >= 0, !word.isEmpty {
                let text = String(decoding: word, as: UTF8.self)
                tokens.append(Token(word: text, term: Stemmer.stem(text), range: start..<end,
                                    isUppercase: sawUpper && !sawLower))
            }
            word.removeAll(keepingCapacity: true); wordLength = 0; start = -1; sawUpper = false; sawLower = false; pendingApostrophe = false
        }

        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            defer { offset += width }
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                var folded: UInt8 = 0
                if byte >= 0x61 && byte <= 0x7A { folded = byte; sawLower = true }
                else if byte >= 0x41 && byte <= 0x5A { folded = byte + 32; sawUpper = true }
                else if byte >= 0x30 && byte <= 0x39 { folded = byte }
                if folded != 0 {
                    if start < 0 { start = offset }
                    pendingApostrophe = false
                    if wordLength < maximumWordLength { word.append(folded); wordLength += 1 }
                    end = offset + width
                    continue
                }
                if byte == 0x27, start >= 0, !pendingApostrophe { pendingApostrophe = true; continue }
                finish()
                continue
            }
            if value == 0x2019 || value == 0x02BC {
                if start >= 0, !pendingApostrophe { pendingApostrophe = true; continue }
                finish()
                continue
            }
            if Self.isMark(scalar) {
                if start >= 0, !pendingApostrophe { end = offset + width; continue }
                finish()
                continue
            }
            let folded = Self.fold(scalar)
            if folded.isEmpty { finish(); continue }
            if start < 0 { start = offset }
            pendingApostrophe = false
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .titlecaseLetter: sawUpper = true
            case .lowercaseLetter: sawLower = true
            default: break
            }
            for piece in folded where wordLength < maximumWordLength {
                UTF8.encode(piece) { word.append($0) }
                wordLength += 1
            }
            end = offset + width
        }
        finish()
        return tokens
    }

    /// The terms of `text` (stemmed folded words), in order.
    public static func terms(_ text: String) -> [String] { tokenize(text).map(\.term) }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Folds already computed, by scalar value: NFKD is slow and text repeats its characters.
    private static let folds = FoldCache()

    /// A lock-protected map from scalar to fold.
    private final class FoldCache: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [UInt32: [Unicode.Scalar]] = [:]
        func get(_ key: UInt32) -> [Unicode.Scalar]? { lock.lock(); defer { lock.unlock() }; return values[key] }
        func set(_ key: UInt32, _ value: [Unicode.Scalar]) { lock.lock(); values[key] = value; lock.unlock() }
    }

    /// Folds one non-ASCII scalar: NFKD, marks dropped, lowercased, letters and numbers kept.
    static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        // General punctuation (dashes, curly quotes, spaces) has no letters or numbers, even decomposed.
        if (0x2000...0x206F).contains(scalar.value) { return [] }
        if let known = folds.get(scalar.value) { return known }
        let result = computeFold(scalar)
        folds.set(scalar.value, result)
        return result
    }

    private static func computeFold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let decomposed = String(scalar).decomposedStringWithCompatibilityMapping
        var kept = ""
        for piece in decomposed.unicodeScalars where !isMark(piece) { kept.unicodeScalars.append(piece) }
        return kept.lowercased().unicodeScalars.filter(isLetterOrNumber)
    }

    /// Folds a whole text to its words joined by single spaces (`Net-Revenue  Retention` gives
    /// `net revenue retention`).
    public static func foldedWords(_ text: String) -> String { tokenize(text).map(\.word).joined(separator: " ") }
}
