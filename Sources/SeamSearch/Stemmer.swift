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
}
