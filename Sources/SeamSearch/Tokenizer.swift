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
    /// index builder scans every text of every entry, and a String or an array append per byte
    /// was most of its time.
    static func forEachWord(_ text: String, _ body: (UnsafeMutableBufferPointer<UInt8>, Range<Int>, Bool) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            // A word is cut at `maximumWordLength` scalars of at most four bytes each.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * maximumWordLength) { scratch in
                forEachWord(in: bytes, scratch: scratch, body)
            }
        }
    }

    /// `forEachWord` over the UTF-8 bytes of a text, decoding only non-ASCII scalars. Every
    /// scalar that does not go on with the word under way (a letter or number, an apostrophe
    /// between two of them, a mark) falls through to the one place that finishes the word.
    private static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, scratch word: UnsafeMutableBufferPointer<UInt8>,
                                    _ body: (UnsafeMutableBufferPointer<UInt8>, Range<Int>, Bool) -> Void) {
        var start = -1  // of the word under way, -1 when there is none
        var end = 0
        var length = 0  // bytes in `word`
        var scalars = 0  // scalars in `word`
        var sawUpper = false, sawLower = false
        var pendingApostrophe = false
        var offset = 0
        while offset < bytes.count {
            let lead = bytes[offset]
            if lead < 0x80 {
                var folded = lead
                if lead &- 0x61 < 26 { sawLower = true }
                else if lead &- 0x41 < 26 { folded = lead | 0x20; sawUpper = true }
                else if lead &- 0x30 >= 10 { folded = 0 }
                offset &+= 1
                if folded != 0 {
                    if start < 0 { start = offset &- 1 }
                    pendingApostrophe = false
                    if scalars < maximumWordLength { word[length] = folded; length &+= 1; scalars &+= 1 }
                    // The common case, in a loop of its own: more lowercase ASCII letters.
                    while offset < bytes.count, bytes[offset] &- 0x61 < 26, scalars < maximumWordLength {
                        word[length] = bytes[offset]; length &+= 1; scalars &+= 1; offset &+= 1
                        sawLower = true
                    }
                    end = offset
                    continue
                }
                if lead == 0x27, start >= 0, !pendingApostrophe { pendingApostrophe = true; continue }
            } else {
                // Swift strings are valid UTF-8: a lead byte and its continuation bytes.
                let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (width == 4 ? 0x07 : width == 3 ? 0x0F : 0x1F)
                for index in (offset + 1)..<min(offset + width, bytes.count) { value = value << 6 | UInt32(bytes[index] & 0x3F) }
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                let scalarStart = offset
                offset += width
                if value == 0x2019 || value == 0x02BC {
                    if start >= 0, !pendingApostrophe { pendingApostrophe = true; continue }
                } else if Self.isMark(scalar) {
                    if start >= 0, !pendingApostrophe { end = offset; continue }
                } else {
                    let folded = Self.fold(scalar)
                    if !folded.isEmpty {
                        if start < 0 { start = scalarStart }
                        pendingApostrophe = false
                        switch scalar.properties.generalCategory {
                        case .uppercaseLetter, .titlecaseLetter: sawUpper = true
                        case .lowercaseLetter: sawLower = true
                        default: break
                        }
                        for piece in folded where scalars < maximumWordLength {
                            UTF8.encode(piece) { word[length] = $0; length += 1 }
                            scalars += 1
                        }
                        end = offset
                        continue
                    }
                }
            }
            // A separator: the word under way, if any, is done.
            if start >= 0 {
                body(UnsafeMutableBufferPointer(rebasing: word[0..<length]), start..<end, sawUpper && !sawLower)
                start = -1; length = 0; scalars = 0; sawUpper = false; sawLower = false; pendingApostrophe = false
            }
        }
        if start >= 0 { body(UnsafeMutableBufferPointer(rebasing: word[0..<length]), start..<end, sawUpper && !sawLower) }
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
}
