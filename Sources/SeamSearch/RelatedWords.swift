import Foundation

/// Words that mean nearly the same as a query word, so that a question asked in the reader's own
/// words finds entries written in others (`executive` finds `ceo` and `administration`). The
/// table (RelatedWords/RelatedWordsTable.swift, sorted by word) is distilled once from a sentence
/// embedding model by `scripts/meaning/`; see its README. `search-meaning.js` reads the same
/// table, cut down by the site build to the words of its index (`BrowserIndex.relatedScript`).
public struct RelatedWords: Sendable {
    /// Most related terms a query word brings in (of those the index has).
    public static let maximumPerWord = 5

    /// The shipped table.
    public static let shipped = RelatedWords(table: Array(shippedTable.utf8))

    private let table: [UInt8]
    /// Where each line starts, in the order of the lines (sorted by word).
    private let lines: [Int]

    /// A table of `word<TAB>word word ...` lines sorted by the UTF-8 bytes of their first word.
    public init(table: [UInt8]) {
        self.table = table
        var lines: [Int] = []
        var start = 0
        for (position, byte) in table.enumerated() where byte == UInt8(ascii: "\n") {
            if position > start { lines.append(start) }
            start = position + 1
        }
        if start < table.count { lines.append(start) }
        self.lines = lines
    }

    /// Every word of the table with its related words, in the table's order.
    public var rows: [(word: String, related: [String])] {
        lines.map { start in
            let line = self.line(at: start)
            let word = line.prefix { $0 != UInt8(ascii: "\t") }
            return (String(decoding: word, as: UTF8.self), words(after: line, word.count))
        }
    }

    /// The related terms of the query term `term` that `known` accepts (the index's terms), as
    /// `known` numbers them: at most `maximumPerWord`, closest first, each stemmed, none a stop
    /// word, `term` itself or one met before. None for a stop word.
    public func terms(of term: String, known: (String) -> Int?) -> [(term: String, number: Int)] {
        guard !StopWords.contains(term), let line = find(term) else { return [] }
        var found: [(term: String, number: Int)] = []
        for word in words(after: line, term.utf8.count) where found.count < Self.maximumPerWord {
            let stem = Stemmer.stem(word)
            guard stem != term, !StopWords.contains(word), !found.contains(where: { $0.term == stem }),
                  let number = known(stem) else { continue }
            found.append((stem, number))
        }
        return found
    }

    /// The line whose first word is `word`, by binary search.
    private func find(_ word: String) -> ArraySlice<UInt8>? {
        let key = Array(word.utf8)
        var low = 0, high = lines.count
        while low < high {
            let middle = (low + high) / 2
            let line = self.line(at: lines[middle])
            let first = line.prefix { $0 != UInt8(ascii: "\t") }
            if first.elementsEqual(key) { return line }
            if first.lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    private func line(at start: Int) -> ArraySlice<UInt8> {
        let end = table[start...].firstIndex(of: UInt8(ascii: "\n")) ?? table.count
        return table[start..<end]
    }

    /// The space-separated words of `line` after its first word (`length` bytes) and the tab.
    private func words(after line: ArraySlice<UInt8>, _ length: Int) -> [String] {
        let rest = line.dropFirst(length + 1)
        return rest.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
    }
}
