/// One word of a text as search sees it.
public struct Token: Sendable, Hashable {
    /// The word folded: lowercase, accents removed, compatibility forms decomposed (`Ｃafé` gives `cafe`).
    public var word: String
    /// The folded word stemmed (`renewals` gives `renewal`): what the index stores.
    public var term: String
    /// Where the word is in the original text, as UTF-8 offsets.
    public var range: Range<Int>
    /// True when the original word had letters and all of them were capitals (`CS`, `NRR`).
    public var isUppercase: Bool
}
