/// The words of a text, one at a time: the one word splitter of Seam, under the search
/// tokenizer (which stems the words, and whose rules `search-engine.js` repeats) and the glossary
/// linker. The rules:
///
/// 1. Each Unicode scalar is folded on its own (`ScalarFold`): compatibility decomposition (NFKD),
///    combining marks dropped, lowercased; only letters and numbers (`\p{L}`, `\p{N}`) of the
///    result are kept.
/// 2. A word is a run of scalars whose folding is not empty. Combining marks inside a word are
///    skipped. When the scanner joins apostrophes (search does), an apostrophe (`'`, `’`, `ʼ`)
///    between two word scalars is dropped, joining them (`don't` gives `dont`); otherwise (the
///    linker: `NRR's` names NRR) it separates words. Anything else separates words, so `27%`
///    gives `27` and `$10M-$50M` gives `10m` and `50m`.
/// 3. A word's folded bytes are cut at `maximumWordLength` scalars; its range is the whole word.
///
/// The scanner reads the text's UTF-8 in place and decodes only non-ASCII scalars: the index
/// builder scans every text of every entry, and the linker every text node of every page. It is
/// a value, so a copy reads ahead without losing the place.
package struct WordScanner {
    /// Longest word kept, in Unicode scalars; longer words are cut.
    package static let maximumWordLength = 48
    /// Bytes that hold any word's folded bytes: `maximumWordLength` scalars of at most four bytes.
    package static let scratchCapacity = 4 * maximumWordLength

    /// A word: where it is in the text (UTF-8 offsets), how many folded bytes it left in the
    /// scratch buffer, and whether it was written in capitals (it has letters, all uppercase).
    package struct Word: Equatable {
        package var range: Range<Int>
        package var length: Int
        package var isUppercase: Bool
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let joinsApostrophes: Bool
    /// Where the next word is looked for.
    package private(set) var offset: Int

    /// A scanner of `bytes` (valid UTF-8) from `offset`.
    package init(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int = 0, joinsApostrophes: Bool) {
        self.bytes = bytes
        self.offset = offset
        self.joinsApostrophes = joinsApostrophes
    }

    /// The next word, its folded bytes written to the start of `word` (at least
    /// `scratchCapacity` bytes); nil at the end of the text. Every scalar that does not go on
    /// with the word under way (a letter or number, an apostrophe between two of them, a mark)
    /// falls through to the one place that finishes the word.
    package mutating func next(into word: UnsafeMutableBufferPointer<UInt8>) -> Word? {
        // The text and the place in locals, so that they stay in registers in the loop.
        let bytes = self.bytes, limit = Self.maximumWordLength
        var offset = self.offset
        defer { self.offset = offset }
        var start = -1  // of the word under way, -1 when there is none
        var end = 0
        var length = 0  // bytes in `word`
        var scalars = 0  // scalars in `word`
        var sawUpper = false, sawLower = false
        var pendingApostrophe = false
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
                    if scalars < limit { word[length] = folded; length &+= 1; scalars &+= 1 }
                    // The common case, in a loop of its own: more lowercase ASCII letters, as
                    // many as the word may still take.
                    let runStart = offset, runEnd = min(bytes.count, offset &+ (limit &- scalars))
                    while offset < runEnd, bytes[offset] &- 0x61 < 26 {
                        word[length &+ (offset &- runStart)] = bytes[offset]; offset &+= 1
                    }
                    if offset > runStart {
                        length &+= offset &- runStart; scalars &+= offset &- runStart
                        sawLower = true
                    }
                    end = offset
                    continue
                }
                if lead == 0x27, joinsApostrophes, start >= 0, !pendingApostrophe { pendingApostrophe = true; continue }
            } else {
                let (scalar, width) = Unicode.Scalar.decode(bytes, at: offset)
                let scalarStart = offset
                offset += width
                if scalar.value == 0x2019 || scalar.value == 0x02BC {
                    if joinsApostrophes, start >= 0, !pendingApostrophe { pendingApostrophe = true; continue }
                } else if ScalarFold.isMark(scalar) {
                    if start >= 0, !pendingApostrophe { end = offset; continue }
                } else {
                    let folded = ScalarFold.fold(scalar)
                    if !folded.isEmpty {
                        if start < 0 { start = scalarStart }
                        pendingApostrophe = false
                        switch ScalarFold.letterCase(scalar) {
                        case .upper: sawUpper = true
                        case .lower: sawLower = true
                        case .neither: break
                        }
                        for piece in folded where scalars < limit {
                            UTF8.encode(piece) { word[length] = $0; length += 1 }
                            scalars += 1
                        }
                        end = offset
                        continue
                    }
                }
            }
            // A separator: the word under way, if any, is done.
            if start >= 0 { return Word(range: start..<end, length: length, isUppercase: sawUpper && !sawLower) }
        }
        return start >= 0 ? Word(range: start..<end, length: length, isUppercase: sawUpper && !sawLower) : nil
    }
}
