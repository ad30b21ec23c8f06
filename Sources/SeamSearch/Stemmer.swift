/// Light English stemming: plurals and possessives only, so that `renewals`, `renewal's` and
/// `renewal` meet while different words stay apart. `search-engine.js` repeats these rules, with
/// the exceptions from the browser index header.
public enum Stemmer {
    /// Words left as they are although they end in `s`, as UTF-8.
    static let exceptions: [[UInt8]] = ["series", "species", "news", "always", "perhaps", "whereas",
                                        "sometimes", "chaos", "bias", "alias", "canvas", "atlas", "saas"].map { Array($0.utf8) }

    /// The stem of a folded word.
    public static func stem(_ word: String) -> String {
        let utf8 = word.utf8
        guard utf8.count > 3, utf8.last == UInt8(ascii: "s") else { return word }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count) { buffer in
            _ = buffer.initialize(from: utf8)
            let length = stem(buffer)
            return length == utf8.count ? word : String(decoding: buffer[..<length], as: UTF8.self)
        }
    }

    /// Stems the folded word in `word` (UTF-8) in place and returns the length of the stem. A stem
    /// is its word cut short, but for `ies` that becomes `y`, so it always fits where the word
    /// was: the index builder stems every word of every entry without copying it.
    static func stem(_ word: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let count = word.count
        guard count > 3, word[count - 1] == UInt8(ascii: "s"), word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }),
              !exceptions.contains(where: { $0.count == count && $0.elementsEqual(word) }) else { return count }
        func endsWith(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count >= length else { return false }
            for index in 0..<length where word[count - length + index] != suffix.utf8Start[index] { return false }
            return true
        }
        if endsWith("ies") && count > 4 {
            word[count - 3] = UInt8(ascii: "y")
            return count - 2
        }
        if endsWith("sses") { return count - 2 }
        if endsWith("ss") || endsWith("us") || endsWith("is") { return count }
        return count - 1
    }
}
