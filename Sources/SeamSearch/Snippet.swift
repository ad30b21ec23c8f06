/// A line of an entry that shows why it matched.
public struct Snippet: Sendable, Hashable {
    /// The text, one line.
    public var text: String
    /// The matched words in `text`, as UTF-8 offset ranges, in order.
    public var highlights: [Range<Int>]
    /// The anchor of the section the line is in; nil for the summary and text before any heading.
    public var anchor: String?

    /// The best line of an entry for a query: the sentence of the summary or of a paragraph of its
    /// sections (as the index keeps them) that has the most of the query's words (the summary wins
    /// ties), cut to `width` characters around its first match.
    public static func make(summary: String, sections: [IndexSection], clauseTerms: [Set<String>], width: Int) -> Snippet {
        best(of: candidates(summary: summary, sections: sections), clauseTerms: clauseTerms, width: width)
    }

    /// The candidate with the most of the query's clauses, then of its terms (the first wins
    /// ties), cut to `width` characters around its first match.
    static func best(of candidates: [(text: String, anchor: String?)], clauseTerms: [Set<String>], width: Int) -> Snippet {
        let allTerms = clauseTerms.reduce(into: Set<String>()) { $0.formUnion($1) }
        var best: (text: String, anchor: String?, score: (Int, Int))?
        for candidate in candidates {
            let terms = Set(Tokenizer.terms(candidate.text))
            let clauses = clauseTerms.filter { !$0.isDisjoint(with: terms) }.count
            let hits = terms.intersection(allTerms).count
            if best == nil || (clauses, hits) > best!.score { best = (candidate.text, candidate.anchor, (clauses, hits)) }
        }
        let chosen = best ?? ("", nil, (0, 0))
        let line = cut(oneLine(chosen.text), around: allTerms, width: max(width, 20))
        let highlights = Tokenizer.tokenize(line).filter { allTerms.contains($0.term) }.map(\.range)
        return Snippet(text: line, highlights: highlights, anchor: chosen.anchor)
    }

    /// The summary, then each sentence of each section's paragraphs with the section's anchor.
    static func candidates(summary: String, sections: [IndexSection]) -> [(text: String, anchor: String?)] {
        var result: [(text: String, anchor: String?)] = [(summary, nil)]
        for section in sections {
            for paragraph in section.paragraphs {
                for sentence in sentences(String(paragraph)) { result.append((sentence, section.anchor.isEmpty ? nil : section.anchor)) }
            }
        }
        return result
    }

    /// Splits text after `.`, `?` or `!` followed by a space.
    static func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var result: [String] = []
        var start = 0
        var index = 1
        while index < bytes.count {
            let previous = bytes[index - 1]
            if bytes[index] == 0x20 && (previous == 0x2E || previous == 0x3F || previous == 0x21) {
                if index > start { result.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count, bytes[start...].contains(where: { $0 != 0x20 }) {
            result.append(String(decoding: bytes[start...], as: UTF8.self))
        }
        return result
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// At most `width` characters of `line`, starting a little before its first matched word.
    static func cut(_ line: String, around terms: Set<String>, width: Int) -> String {
        let characters = Array(line)
        guard characters.count > width else { return line }
        var first = 0
        if let token = Tokenizer.tokenize(line).first(where: { terms.contains($0.term) }) {
            first = String(decoding: Array(line.utf8)[0..<token.range.lowerBound], as: UTF8.self).count
        }
        var start = max(0, min(first - width / 4, characters.count - width + 1))
        while start > 0 && start < first && characters[start - 1] != " " { start += 1 }
        var end = min(characters.count, start + width - (start > 0 ? 2 : 1))
        if end < characters.count {
            var back = end
            while back > start + width / 2 && characters[back] != " " { back -= 1 }
            if characters[back] == " " { end = back }
        }
        var slice = characters[start..<end]
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        var text = String(slice)
        if start > 0 { text = "… " + text }
        if end < characters.count { text += " …" }
        return text
    }
}
