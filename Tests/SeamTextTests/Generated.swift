import PropertyBased

/// Generated inputs for the property tests: texts made of pieces that stress the word rules, and
/// words from a small alphabet, so that repeats and shared prefixes are common.
enum Generated {
    /// Pieces of text: ASCII letters, digits and punctuation, the three apostrophes, accents both
    /// precomposed and combining, compatibility forms, other scripts, an emoji, a capital whose
    /// lowercase is two scalars, a titlecase letter, general punctuation, whitespace.
    static let pieces = [
        "a", "b", "Z", "NRR", "renewal", "0", "7", " ", "  ", "-", "/", "&", ".", ",", "%", "$", "'", "’", "ʼ", "\n",
        "é", "E\u{301}", "\u{301}", "ß", "ﬁ", "Ｃ", "²", "½", "日本", "ä", "Ω", "🙂", "İ", "ǅ", "—", "\u{200B}", "\u{0915}\u{093F}",
    ]

    /// Texts of up to 40 pieces, now and then with a word longer than the scanner keeps.
    static let text = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...40).map { indexes in
        indexes.map { pieces[$0] }.joined()
    }

    /// Lists of up to 60 words of 0 to 6 bytes over a 4-byte alphabet (0x00, 0x61, 0x62, 0xFF).
    static let words = Gen.int(in: 0...3).array(of: 0...6).map { letters in letters.map { [0x00, 0x61, 0x62, 0xFF][$0] as UInt8 } }
        .array(of: 0...60)
}
