import SeamContent
import SeamMarkdown
import SeamText

/// Links the first mention of each glossary term (its title or an alias, whole words, any case)
/// in an entry's prose to the term, with the term's card beside it. An author's own link to a
/// term gets the same card (`Session.cardLink`), and the term is then not linked again.
///
/// Linear in the text: the names live in a word trie, and each text node is scanned once
/// (`WordScanner`, the words search sees but for apostrophes, which separate words here: `NRR's`
/// names NRR), trying at every word the longest name that starts there. No regular expressions,
/// no work per term.
public struct GlossaryLinker: Sendable {
    struct Term: Sendable {
        var id: String
        /// The term's page from the site root (`terms/slo.html`, in whatever folder its kind has).
        var page: String
        /// `"><strong>Title</strong> definition</span></span>`: the end of the card, escaped.
        var cardTail: String
    }

    private var terms: [Term] = []
    /// The words of the names, numbered.
    private var vocabulary = WordTable()
    /// The names, word by word.
    private var trie = WordTrie()
    /// Per trie node, the term a name ending there names (-1 for none).
    private var terminal: [Int32] = [-1]
    /// The number of each term, by id.
    private var numbers: [String: Int32] = [:]

    /// A linker for the names (titles and aliases) of `terms`.
    public init(terms: [Entry]) {
        for entry in terms.sorted(by: { $0.id < $1.id }) {
            let number = Int32(self.terms.count)
            numbers[entry.id] = number
            self.terms.append(Term(id: entry.id, page: entry.page, cardTail: "\"><strong>\(escapeHTML(entry.title))</strong> \(escapeHTML(entry.summary))</span></span>"))
            for name in [entry.title] + entry.aliases {
                let words = Self.words(of: name).map { vocabulary.insert($0) }
                guard !words.isEmpty else { continue }
                let node = Int(trie.insert(words))
                if terminal.count < trie.nodeCount { terminal += [Int32](repeating: -1, count: trie.nodeCount - terminal.count) }
                if terminal[node] < 0 { terminal[node] = number }
            }
        }
    }

    /// The words of a name, folded.
    private static func words(of name: String) -> [String] {
        var name = name
        return name.withUTF8 { text in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: WordScanner.scratchCapacity) { scratch in
                var scanner = WordScanner(text, joinsApostrophes: false)
                var words: [String] = []
                while let word = scanner.next(into: scratch) { words.append(String(decoding: scratch[..<word.length], as: UTF8.self)) }
                return words
            }
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
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: WordScanner.scratchCapacity) { scratch in
                    var segments: [HTMLTransform.Segment] = []
                    var copied = 0  // bytes of `text` already in segments
                    var scanner = WordScanner(bytes, joinsApostrophes: false)
                    var following: Reading?  // the word after the last one, when the trie has read it already
                    while let word = following?.word ?? linker.nextWord(&scanner, scratch) {
                        if let following { scanner = following.after }
                        following = nil
                        guard word.number >= 0 else { continue }
                        let (match, next) = linker.longestMatch(in: bytes, from: word, scanner, scratch)
                        guard let match else {
                            following = next
                            continue
                        }
                        scanner = match.after
                        let id = linker.terms[Int(match.term)].id
                        guard id != excluded, linked.insert(match.term).inserted else { continue }
                        let start = word.range.lowerBound, end = match.end
                        if copied < start { segments.append(.text(String(decoding: bytes[copied..<start], as: UTF8.self))) }
                        let term = linker.terms[Int(match.term)]
                        let (open, close) = tags(for: term, href: root + term.page)
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

        /// The tags around a linked mention of `term`: the link to `href` and the card after it.
        private func tags(for term: Term, href: String) -> (open: String, close: String) {
            cards += 1
            let card = "\(idPrefix)\(cards)"
            return ("<span class=\"term\"><a href=\"\(escapeHTML(href))\" class=\"term-link\" aria-describedby=\"\(card)\">",
                    "</a><span class=\"term-card\" role=\"tooltip\" id=\"\(card)" + term.cardTail)
        }

        /// The tags for an author's own link to term `id` (to `href`, as rewritten for the page):
        /// the same link and card a mention gets; the term is not linked again on the page. Nil
        /// when `id` is not a term, or is the page's own.
        public func cardLink(to id: String, href: String) -> (open: String, close: String)? {
            guard id != excluded, let number = linker.numbers[id] else { return nil }
            if linked.insert(number).inserted { linkedTerms.append(id) }
            return tags(for: linker.terms[Int(number)], href: href)
        }
    }

    /// A session for one page whose root is `root`, never linking the term `excluded` (the page's
    /// own entry); card ids are `idPrefix` and a number.
    public func session(root: String, excluding excluded: String? = nil, idPrefix: String = "term-") -> Session {
        Session(linker: self, root: root, excluded: excluded, idPrefix: idPrefix)
    }

    /// A word of a text: where it is, and its number in the vocabulary (-1 when no name has it).
    struct Word {
        var range: Range<Int>
        var number: Int32
    }

    /// A word read, and the scanner standing after it.
    struct Reading {
        var word: Word
        var after: WordScanner
    }

    /// The next word of `scanner`, numbered; `scratch` takes its folded bytes.
    private func nextWord(_ scanner: inout WordScanner, _ scratch: UnsafeMutableBufferPointer<UInt8>) -> Word? {
        guard let word = scanner.next(into: scratch) else { return nil }
        return Word(range: word.range, number: vocabulary.number(of: UnsafeBufferPointer(rebasing: scratch[..<word.length])) ?? -1)
    }

    /// The term and the end of the longest name starting with `first` (which `scanner` has just
    /// read), if any, with the scanner standing after the name's last word; and the word after `first`
    /// when it had to be read (so the caller need not read it again).
    private func longestMatch(in text: UnsafeBufferPointer<UInt8>, from first: Word, _ scanner: WordScanner,
                              _ scratch: UnsafeMutableBufferPointer<UInt8>) -> (match: (term: Int32, end: Int, after: WordScanner)?, next: Reading?) {
        var node: Int32 = 0
        var word = first
        var ahead = scanner
        var next: Reading?
        var best: (term: Int32, end: Int, after: WordScanner)?
        while word.number >= 0, let child = trie.child(node, word.number) {
            node = child
            if terminal[Int(node)] >= 0 { best = (terminal[Int(node)], word.range.upperBound, ahead) }
            guard let following = nextWord(&ahead, scratch) else { break }
            if next == nil { next = Reading(word: following, after: ahead) }
            guard Self.joins(text[word.range.upperBound..<following.range.lowerBound]) else { break }
            word = following
        }
        return (best, next)
    }

    /// Whether the bytes between two words join them into one name: only spaces, hyphens,
    /// slashes and ampersands (not sentence punctuation).
    private static func joins(_ gap: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        gap.allSatisfy { $0 == 0x20 || $0 == 0x2D || $0 == 0x2F || $0 == 0x26 }
    }
}
