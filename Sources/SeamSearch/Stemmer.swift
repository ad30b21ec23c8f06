/// Light English stemming: plurals and possessives only, so that `renewals`, `renewal's` and
/// `renewal` meet while different words stay apart. `search-engine.js` repeats these rules.
public enum Stemmer {
    /// Words left as they are although they end in `s`.
    static let exceptions: Set<String> = ["series", "species", "news", "always", "perhaps", "whereas",
                                          "sometimes", "chaos", "bias", "alias", "canvas", "atlas", "saas"]

    /// The stem of a folded word.
    public static func stem(_ word: String) -> String {
        let utf8 = word.utf8
        guard utf8.count > 3, utf8.last == UInt8(ascii: "s") else { return word }
        guard utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }), !exceptions.contains(word) else { return word }
        if word.hasSuffix("ies") && utf8.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("sses") { return String(word.dropLast(2)) }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        return String(word.dropLast())
    }

    /// `stem` on the UTF-8 bytes of a folded word, appending the stem to `out`.
    static func stem(_ word: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let count = word.count
        guard count > 3, word[count - 1] == UInt8(ascii: "s"), word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }),
              !exceptionBytes.contains(where: { $0.elementsEqual(word) }) else {
            out.append(contentsOf: word)
            return
        }
        func endsWith(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count >= length else { return false }
            for index in 0..<length where word[count - length + index] != suffix.utf8Start[index] { return false }
            return true
        }
        if endsWith("ies") && count > 4 {
            out.append(contentsOf: word[0..<(count - 3)])
            out.append(UInt8(ascii: "y"))
        } else if endsWith("sses") {
            out.append(contentsOf: word[0..<(count - 2)])
        } else if endsWith("ss") || endsWith("us") || endsWith("is") {
            out.append(contentsOf: word)
        } else {
            out.append(contentsOf: word[0..<(count - 1)])
        }
    }

    private static let exceptionBytes: [[UInt8]] = exceptions.map { Array($0.utf8) }
}
