import SeamContent
import SeamMarkdown

/// Links the first mention of each glossary term (its title or an alias, whole words, any case)
/// in an entry's prose to the term, with the term's card beside it.
///
/// Linear in the text: the names live in a word trie (a dictionary per node keyed by the next
/// word), and each text node is scanned once, trying at every word the longest name that starts
/// there. No regular expressions, no work per term.
public struct GlossaryLinker: Sendable {
    struct Term: Sendable {
        var id: String
        /// `"><strong>Title</strong> definition</span></span>`: the end of the card, escaped.
        var cardTail: String
    }

    private var terms: [Term] = []
    /// The words of the names, numbered.
    private var vocabulary = WordTable()
    /// Trie edges, (node, word) to node; node 0 is the root.
    private var edges = EdgeTable()
    /// Per trie node, the term a name ending there names (-1 for none).
    private var terminal: [Int32] = [-1]
    /// Per word of the vocabulary: whether some name starts with it.
    private(set) var startsName: [Bool] = []

    /// A linker for the names (titles and aliases) of `terms`.
    public init(terms: [Entry]) {
        for entry in terms.sorted(by: { $0.id < $1.id }) {
            let number = Int32(self.terms.count)
            self.terms.append(Term(id: entry.id, cardTail: "\"><strong>\(escapeHTML(entry.title))</strong> \(escapeHTML(entry.summary))</span></span>"))
            for name in [entry.title] + entry.aliases {
                let nameBytes = Array(name.utf8)
                let words = Self.words(in: nameBytes).map { Self.key(of: $0, in: nameBytes) }
                guard let first = words.first else { continue }
                var node: Int32 = 0
                for word in words {
                    let number = vocabulary.insert(Array(word.utf8))
                    if let next = edges[node, number] {
                        node = next
                    } else {
                        terminal.append(-1)
                        edges.set(node, number, Int32(terminal.count - 1))
                        node = Int32(terminal.count - 1)
                    }
                }
                if terminal[Int(node)] < 0 { terminal[Int(node)] = number }
                let firstNumber = Int(vocabulary.insert(Array(first.utf8)))
                if startsName.count < vocabulary.count { startsName += [Bool](repeating: false, count: vocabulary.count - startsName.count) }
                startsName[firstNumber] = true
            }
        }
        if startsName.count < vocabulary.count { startsName += [Bool](repeating: false, count: vocabulary.count - startsName.count) }
    }

    /// The state of linking one page: which terms are linked already, and the card ids used.
    public final class Session: @unchecked Sendable {
        let linker: GlossaryLinker
        let root: String
        let excluded: String?
        let idPrefix: String
        private var linked = Set<Int32>()
        private var cards = 0

        init(linker: GlossaryLinker, root: String, excluded: String?, idPrefix: String) {
            self.linker = linker
            self.root = root
            self.excluded = excluded
            self.idPrefix = idPrefix
        }

        /// The ids of the terms linked so far, in order of first mention.
        public private(set) var linkedTerms: [String] = []

        /// `text` split around its first mentions of terms not linked yet; nil when there are none.
        public func link(_ text: String) -> [HTMLTransform.Segment]? {
            let bytes = Array(text.utf8)
            let words = linker.numberedWords(bytes)
            guard !words.isEmpty else { return nil }
            var segments: [HTMLTransform.Segment] = []
            var copied = 0  // bytes of `text` already in segments
            var index = 0
            while index < words.count {
                guard words[index].number >= 0, linker.startsName[Int(words[index].number)],
                      let (term, last) = linker.longestMatch(words, from: index, bytes: bytes) else {
                    index += 1
                    continue
                }
                let id = linker.terms[Int(term)].id
                if id != excluded, linked.insert(term).inserted {
                    let start = words[index].range.lowerBound, end = words[last].range.upperBound
                    if copied < start { segments.append(.text(String(decoding: bytes[copied..<start], as: UTF8.self))) }
                    cards += 1
                    let card = "\(idPrefix)\(cards)"
                    let open = "<span class=\"term\"><a href=\"\(escapeHTML(root))terms/\(escapeHTML(id)).html\" class=\"term-link\" aria-describedby=\"\(card)\">"
                    let close = "</a><span class=\"term-card\" role=\"tooltip\" id=\"\(card)" + linker.terms[Int(term)].cardTail
                    segments.append(.wrapped(open: open, text: String(decoding: bytes[start..<end], as: UTF8.self), close: close))
                    linkedTerms.append(id)
                    copied = end
                }
                index = last + 1
            }
            guard !segments.isEmpty else { return nil }
            if copied < bytes.count { segments.append(.text(String(decoding: bytes[copied...], as: UTF8.self))) }
            return segments
        }
    }

    /// A session for one page whose root is `root`, never linking the term `excluded` (the page's
    /// own entry); card ids are `idPrefix` and a number.
    public func session(root: String, excluding excluded: String? = nil, idPrefix: String = "term-") -> Session {
        Session(linker: self, root: root, excluded: excluded, idPrefix: idPrefix)
    }

    /// The words of `bytes`, each with its number in the vocabulary (-1 when no name has it).
    func numberedWords(_ bytes: [UInt8]) -> [Word] {
        var words = Self.words(in: bytes)
        bytes.withUnsafeBufferPointer { buffer in
            for index in words.indices {
                let word = words[index]
                if word.ascii {
                    words[index].number = vocabulary.findASCII(buffer, word.range) ?? -1
                } else {
                    let key = Array(Self.key(of: word, in: bytes).utf8)
                    words[index].number = vocabulary.find(key[...], hash: WordTable.hash(key[...])) ?? -1
                }
            }
        }
        return words
    }

    /// The term and the last word of the longest name starting at word `start`.
    private func longestMatch(_ words: [Word], from start: Int, bytes: [UInt8]) -> (Int32, Int)? {
        var node: Int32 = 0
        var best: (Int32, Int)?
        var index = start
        while index < words.count {
            if index > start && !Self.joins(bytes, words[index - 1].range.upperBound, words[index].range.lowerBound) { break }
            let number = words[index].number
            guard number >= 0, let next = edges[node, number] else { break }
            node = next
            if terminal[Int(node)] >= 0 { best = (terminal[Int(node)], index) }
            index += 1
        }
        return best
    }

    /// True when the bytes between two words may sit inside a name: spaces, hyphens, slashes,
    /// ampersands (not sentence punctuation).
    private static func joins(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
        guard from < to else { return false }
        for position in from..<to {
            switch bytes[position] {
            case 0x20, 0x2D, 0x2F, 0x26: continue
            default: return false
            }
        }
        return true
    }

    struct Word {
        var range: Range<Int>
        /// Only ASCII letters and digits.
        var ascii: Bool
        /// The word's number in the vocabulary; -1 when no name has it (or not looked up).
        var number: Int32 = -1
    }

    /// The lowercased text of `word`: the key of the trie.
    static func key(of word: Word, in bytes: [UInt8]) -> String {
        let range = word.range
        guard word.ascii else { return String(decoding: bytes[range], as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: range.count) { buffer in
            var offset = 0
            for byte in bytes[range] {
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                offset += 1
            }
            return offset
        }
    }

    /// The words of `bytes`: runs of letters and digits of any script.
    static func words(in bytes: [UInt8]) -> [Word] {
        var result: [Word] = []
        var position = 0
        let count = bytes.count
        while position < count {
            while position < count, !isWordStart(bytes, position) { position += 1 }
            guard position < count else { break }
            let start = position
            var ascii = true
            while position < count {
                let byte = bytes[position]
                if byte < 0x80 {
                    guard isASCIIWordByte(byte) else { break }
                    position += 1
                } else {
                    let (scalar, length) = decode(bytes, position)
                    guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { break }
                    ascii = false
                    position += length
                }
            }
            result.append(Word(range: start..<position, ascii: ascii))
        }
        return result
    }

    @inline(__always) static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isWordStart(_ bytes: [UInt8], _ position: Int) -> Bool {
        let byte = bytes[position]
        if byte < 0x80 { return isASCIIWordByte(byte) }
        guard byte >= 0xC0 else { return false }  // a continuation byte
        let scalar = decode(bytes, position).scalar
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The scalar starting at `position` (valid UTF-8, as Swift strings are) and its length.
    private static func decode(_ bytes: [UInt8], _ position: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let byte = bytes[position]
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        guard position + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : length == 2 ? 0x1F : 0x7F)
        for offset in 1..<max(length, 1) where length > 1 {
            value = value << 6 | UInt32(bytes[position + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
