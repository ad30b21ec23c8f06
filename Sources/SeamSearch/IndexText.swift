import SeamContent
import SeamMarkdown

/// The text of an entry the index keeps besides its title, aliases and summary: every other text
/// its terms were counted from, so that search never reads the entry's file.
public struct IndexText: Sendable, Hashable {
    /// The other front-matter texts indexed: tags, figure, what a fact measures, the sources' citations.
    public var fields: [String]
    /// The body: the text before the first heading (when there is any), then one section per heading.
    public var sections: [IndexSection]

    public init(fields: [String], sections: [IndexSection]) {
        self.fields = fields
        self.sections = sections
    }

    /// The text of `entry`, its body cut into sections at its headings.
    public init(_ entry: Entry) {
        fields = entry.tags + [entry.figure, entry.measured].compactMap { $0 } + entry.sources.map(\.citation)
        // The text before the first heading first, dropped below if there is none.
        var sections = [IndexSection(heading: "", anchor: "", text: "", code: "")]
        var headings = entry.headings.makeIterator()
        var plainText = entry.plainText
        plainText.withUTF8 { bytes in
            for block in entry.plainTextBlocks where block.range.upperBound <= bytes.count {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[block.range]), as: UTF8.self)
                switch block.kind {
                case .heading: sections.append(IndexSection(heading: text, anchor: headings.next()?.anchor ?? "", text: "", code: ""))
                case .paragraph: sections[sections.count - 1].text.appendLine(text)
                case .code: sections[sections.count - 1].code.appendLine(text)
                }
            }
        }
        if sections[0].text.isEmpty && sections[0].code.isEmpty { sections.removeFirst() }
        self.sections = sections
    }

    /// Every text, one by one: the fields, then each section's heading, paragraphs and code.
    public var texts: [String] {
        fields + sections.flatMap { [$0.heading, $0.text, $0.code] }
    }

    /// The section a hit lands on: the one with the most of the query's clauses (`clauseTerms`,
    /// as in `SearchResult`), then the most of them in its heading, then the most matched terms;
    /// of equals, the one with `anchor` (the snippet's), else the first. Nil when no section
    /// matches (the entry matched by its title, aliases or summary) or the text before the first
    /// heading is the best: the hit lands on the top of the entry.
    public func bestSection(for clauseTerms: [Set<String>], preferring anchor: String?) -> IndexSection? {
        let allTerms = clauseTerms.reduce(into: Set<String>()) { $0.formUnion($1) }
        func clauses(_ terms: Set<String>) -> Int { clauseTerms.filter { !$0.isDisjoint(with: terms) }.count }
        var best: (section: IndexSection, score: (Int, Int, Int, Int))?
        for section in sections {
            let headingTerms = Set(Tokenizer.terms(section.heading))
            let terms = headingTerms.union(Tokenizer.terms(section.text)).union(Tokenizer.terms(section.code))
            let score = (clauses(terms), clauses(headingTerms), terms.intersection(allTerms).count, section.anchor == anchor ? 1 : 0)
            if score.0 > 0, best.map({ score > $0.score }) ?? true { best = (section, score) }
        }
        return best.flatMap { $0.section.anchor.isEmpty ? nil : $0.section }
    }
}

extension String {
    /// Appends `line`, after a newline unless the string is empty.
    fileprivate mutating func appendLine(_ line: String) {
        if !isEmpty { self += "\n" }
        self += line
    }
}
