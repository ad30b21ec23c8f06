import SeamContent
import SeamMarkdown

/// Links the first mention of each glossary term (its title or an alias, whole words, any case)
/// in an entry's prose to the term, with the term's card beside it.
///
/// Linear in the text: the names live in a word trie (edges keyed by node and word number), and
/// each text node is scanned once, trying at every word the longest name that starts there. No
/// regular expressions, no work per term.
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
                let words = Self.keys(of: name)
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

    /// The keys (lowercased words) of a name, in order.
    private static func keys(of name: String) -> [String] {
        var name = name
        return name.withUTF8 { text in
            var keys: [String] = []
            var position = 0
            while let start = wordStart(in: text, from: position) {
                let (end, ascii, _) = wordEnd(in: text, from: start)
                keys.append(key(of: text, start..<end, ascii: ascii))
                position = end
            }
            return keys
        }
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
        ///
        /// Reads the text's own UTF-8 in place and looks at one word at a time, so a text that
        /// links nothing (most of them) costs no allocation.
        public func link(_ text: String) -> [HTMLTransform.Segment]? {
            var text = text
            return text.withUTF8 { bytes in
                var segments: [HTMLTransform.Segment] = []
                var copied = 0  // bytes of `text` already in segments
                var position = 0
                var following: Word?  // the word after the last one, when the trie has read it already
                while let word = following ?? linker.word(in: bytes, from: position) {
                    following = nil
                    position = word.range.upperBound
                    guard word.number >= 0, linker.startsName[Int(word.number)] else { continue }
                    let (match, next) = linker.longestMatch(in: bytes, from: word)
                    guard let (term, end) = match else {
                        following = next
                        continue
                    }
                    position = end
                    let id = linker.terms[Int(term)].id
                    guard id != excluded, linked.insert(term).inserted else { continue }
                    let start = word.range.lowerBound
                    if copied < start { segments.append(.text(String(decoding: bytes[copied..<start], as: UTF8.self))) }
                    cards += 1
                    let card = "\(idPrefix)\(cards)"
                    let open = "<span class=\"term\"><a href=\"\(escapeHTML(root))terms/\(escapeHTML(id)).html\" class=\"term-link\" aria-describedby=\"\(card)\">"
                    let close = "</a><span class=\"term-card\" role=\"tooltip\" id=\"\(card)" + linker.terms[Int(term)].cardTail
                    segments.append(.wrapped(open: open, text: String(decoding: bytes[start..<end], as: UTF8.self), close: close))
                    linkedTerms.append(id)
                    copied = end
                }
                guard !segments.isEmpty else { return nil }
                if copied < bytes.count { segments.append(.text(String(decoding: bytes[copied...], as: UTF8.self))) }
                return segments
            }
        }
    }

    /// A session for one page whose root is `root`, never linking the term `excluded` (the page's
    /// own entry); card ids are `idPrefix` and a number.
    public func session(root: String, excluding excluded: String? = nil, idPrefix: String = "term-") -> Session {
        Session(linker: self, root: root, excluded: excluded, idPrefix: idPrefix)
    }

    /// A word of a text: its bytes, and its number in the vocabulary (-1 when no name has it).
    struct Word {
        var range: Range<Int>
        var number: Int32
    }

    /// The first word of `text` at or after `position`, numbered; nil when there is none.
    private func word(in text: UnsafeBufferPointer<UInt8>, from position: Int) -> Word? {
        Self.wordStart(in: text, from: position).map { word(in: text, at: $0) }
    }

    /// The word starting at `start`, numbered.
    private func word(in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Word {
        let (end, ascii, hash) = Self.wordEnd(in: text, from: start)
        let range = start..<end
        if ascii { return Word(range: range, number: vocabulary.findASCII(text, range, hash: hash) ?? -1) }
        let key = Array(Self.key(of: text, range, ascii: false).utf8)
        return Word(range: range, number: vocabulary.find(key[...], hash: WordTable.hash(key[...])) ?? -1)
    }

    /// The term and the end of the longest name starting with `first`, if any; and the word
    /// after `first` when it had to be read (so the caller need not read it again).
    private func longestMatch(in text: UnsafeBufferPointer<UInt8>, from first: Word) -> (match: (term: Int32, end: Int)?, next: Word?) {
        var node: Int32 = 0
        var word = first
        var next: Word?
        var best: (Int32, Int)?
        while word.number >= 0, let child = edges[node, word.number] {
            node = child
            if terminal[Int(node)] >= 0 { best = (terminal[Int(node)], word.range.upperBound) }
            guard let following = joinedWord(in: text, after: word.range.upperBound) else { break }
            if next == nil { next = following }
            word = following
        }
        return (best, next)
    }

    /// The word after the one ending at `end` when only spaces, hyphens, slashes and ampersands
    /// sit between them (not sentence punctuation); nil otherwise. (Something always sits
    /// between two words, as a word runs as far as it can.)
    private func joinedWord(in text: UnsafeBufferPointer<UInt8>, after end: Int) -> Word? {
        var position = end
        while position < text.count {
            switch text[position] {
            case 0x20, 0x2D, 0x2F, 0x26: position += 1
            default: return Self.isWordStart(text, position) ? word(in: text, at: position) : nil
            }
        }
        return nil
    }

    /// The lowercased text of the word at `range`: the key of the trie.
    private static func key(of text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, ascii: Bool) -> String {
        guard ascii else { return String(decoding: text[range], as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: range.count) { buffer in
            var offset = 0
            for byte in text[range] {
                buffer[offset] = WordTable.lowercased(byte)
                offset += 1
            }
            return offset
        }
    }

    // MARK: Words: runs of letters and digits of any script

    /// Where the first word at or after `position` starts; nil when there is none.
    private static func wordStart(in text: UnsafeBufferPointer<UInt8>, from position: Int) -> Int? {
        var position = position
        while position < text.count {
            if isWordStart(text, position) { return position }
            position += 1
        }
        return nil
    }

    /// Where the word starting at `start` ends; whether it is all ASCII (letters and digits), and
    /// if so its hash in the word table.
    private static func wordEnd(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, ascii: Bool, hash: UInt64) {
        var position = start
        var ascii = true
        var hash = WordTable.seed
        while position < text.count {
            let byte = text[position]
            if byte < 0x80 {
                guard isASCIIWordByte(byte) else { break }
                hash = WordTable.hash(hash, adding: WordTable.lowercased(byte))
                position += 1
            } else {
                guard let length = wordScalarLength(text, position) else { break }
                ascii = false
                position += length
            }
        }
        return (position, ascii, hash)
    }

    /// Whether an ASCII byte is a letter or a digit: a bit per byte in two masks, 0x00...0x3F
    /// (digits 0x30...0x39) and 0x40...0x7F (letters 0x41...0x5A and 0x61...0x7A), as it is the
    /// test of every byte of the prose.
    @inline(__always) private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        let mask: UInt64 = byte < 0x40 ? 0x03FF_0000_0000_0000 : 0x07FF_FFFE_07FF_FFFE
        return mask & 1 << (byte & 0x3F) != 0
    }

    /// Whether a word starts at `position`.
    @inline(__always) private static func isWordStart(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        let byte = text[position]
        if byte < 0x80 { return isASCIIWordByte(byte) }
        guard byte >= 0xC0 else { return false }  // a continuation byte
        return wordScalarLength(text, position) != nil
    }

    /// The length of the scalar at `position` when it is a letter or digit (of any script), nil
    /// otherwise. Never inlined: its Unicode properties need type metadata set up on every call,
    /// which the callers' ASCII paths should not pay for.
    @inline(never) private static func wordScalarLength(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> Int? {
        let (scalar, length) = decode(text, position)
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? length : nil
    }

    /// The scalar starting at `position` (valid UTF-8, as Swift strings are) and its length.
    private static func decode(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let byte = text[position]
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        guard position + length <= text.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : length == 2 ? 0x1F : 0x7F)
        for offset in 1..<max(length, 1) where length > 1 {
            value = value << 6 | UInt32(text[position + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
