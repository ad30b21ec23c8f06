import Foundation
import SeamContent
import SeamMarkdown
import Testing
@testable import SeamSearch

/// The text the index keeps of each entry, cut into heading sections: snippets and quoted phrases
/// answered from it as reading the entry's file answered them, and no file read at query time.
@Suite struct IndexTextTests {
    static let body = """
        Intro paragraph. Second sentence.

        ```
        let code = 1
        ```

        ## First part

        - item one
        - item two

        > quoted renewal

        ## Second part

        Text of the second part.
        """

    static func fixture(_ files: [String: String]) throws -> (content: String, base: KnowledgeBase) {
        let content = try SearchTestSupport.writeContent(files, in: SearchTestSupport.temporaryDirectory())
        return (content, try KnowledgeBase.load(content))
    }

    @Test func bodyIsCutIntoSectionsAtHeadings() throws {
        let fact = """
            ---
            title: A fact
            summary: A figure.
            figure: "27%"
            measured: The share of things.
            tags: [one, two]
            sources:
              - publisher: Gainsight
                year: 2024
            ---
            \(Self.body)
            """
        let base = try Self.fixture(["facts/fact.md": fact, "terms/empty.md": SearchTestSupport.entry("Empty", summary: "No body.")]).base
        let text = IndexText(try #require(base.entry("fact")))
        #expect(text.fields == ["one", "two", "27%", "The share of things.", "Gainsight (2024)"])
        #expect(text.sections == [
            IndexSection(heading: "", anchor: "", text: "Intro paragraph. Second sentence.", code: "let code = 1"),
            IndexSection(heading: "First part", anchor: "first-part", text: "item one\nitem two\nquoted renewal", code: ""),
            IndexSection(heading: "Second part", anchor: "second-part", text: "Text of the second part.", code: ""),
        ])
        #expect(IndexText(try #require(base.entry("empty"))).sections.isEmpty)
    }

    @Test func storedAndReadBack() throws {
        let base = try Self.fixture(["guides/a.md": SearchTestSupport.entry("A", summary: "S.", body: Self.body)]).base
        let index = try #require(SearchIndex(bytes: IndexBuilder.file(base, stamp: nil)))
        #expect(index.text(0) == IndexText(base.entries[0]))
        #expect(index.text(0).sections.count == 3)
    }

    /// The section a hit lands on: the one with the most of the query, its heading breaking ties.
    @Test func bestSection() {
        let text = IndexText(fields: [], sections: [
            IndexSection(heading: "", anchor: "", text: "Renewal and churn.", code: ""),
            IndexSection(heading: "Churn", anchor: "churn", text: "Churn only.", code: ""),
            IndexSection(heading: "Renewal", anchor: "renewal", text: "Churn and renewal.", code: ""),
        ])
        #expect(text.bestSection(for: [["churn"]], preferring: nil)?.anchor == "churn")
        #expect(text.bestSection(for: [["renewal"], ["churn"]], preferring: nil)?.anchor == "renewal")
        #expect(text.bestSection(for: [["churn"], ["zzz"]], preferring: "renewal")?.anchor == "churn")
        #expect(text.bestSection(for: [["and"]], preferring: nil) == nil)  // the text before the headings
        #expect(text.bestSection(for: [["zzz"]], preferring: nil) == nil)
    }

    /// Every snippet candidate of every shipped entry, from the index, is what parsing its file gave.
    @Test func snippetCandidatesAreTheFileParsed() throws {
        let shipped = SearchTestSupport.shipped
        for document in 0..<shipped.index.documentCount {
            let entry = shipped.index.document(document)
            let source = try String(contentsOfFile: shipped.base.root + "/" + entry.path, encoding: .utf8)
            let fromIndex = Snippet.candidates(summary: entry.summary, sections: shipped.index.text(document).sections)
            let fromFile = Reference.candidates(summary: entry.summary, source: source)
            #expect(fromIndex.map { "\($0.anchor ?? "-") \($0.text)" } == fromFile.map { "\($0.anchor ?? "-") \($0.text)" }, "\(entry.path)")
        }
    }

    /// The snippets of the relevance questions' top ten hits, from the index, are those from the files.
    @Test func relevanceSnippetsAreUnchanged() throws {
        let shipped = SearchTestSupport.shipped
        let searcher = Searcher(index: shipped.index)
        var compared = 0
        for (query, _) in RelevanceCases.all {
            let result = searcher.search(try SearchQuery.parse(query), limit: 10)
            for hit in result.hits {
                let entry = shipped.index.document(hit.document)
                let source = try String(contentsOfFile: shipped.base.root + "/" + entry.path, encoding: .utf8)
                let old = Snippet.best(of: Reference.candidates(summary: entry.summary, source: source), clauseTerms: result.clauseTerms, width: 100)
                let new = Snippet.make(summary: entry.summary, sections: shipped.index.text(hit.document).sections,
                                       clauseTerms: result.clauseTerms, width: 100)
                #expect(new == old, "\"\(query)\": \(entry.id)")
                compared += 1
            }
        }
        #expect(compared > 400)
    }

    /// Quoted phrases from the index against the old check, which tokenized each entry's whole
    /// file: each relevance question quoted whole, and each pair of its words, in every
    /// shipped entry that has all their words (where a search checks a phrase).
    /// They differ only where the file's markup decided, and the index is right: a phrase split
    /// by a link's destination (`[CRO](cro.md) in`) is found now; words that stand next to each
    /// other only in a link's destination, in `related` ids or in front matter that is not
    /// indexed (an assessment's questions) are not.
    @Test func phrasesAgreeWithTheFilesBarMarkup() throws {
        let shipped = SearchTestSupport.shipped
        let check = PhraseCheck(index: shipped.index)
        let sources = try (0..<shipped.index.documentCount).map { document in
            try String(contentsOfFile: shipped.base.root + "/" + shipped.index.document(document).path, encoding: .utf8)
        }
        let files = sources.map(Tokenizer.terms)
        let visible = (0..<shipped.index.documentCount).map { Reference.visibleTexts(shipped.base.entry(shipped.index.document($0).id)!) }
        var found = 0, linkSplit = 0, markupOnly = 0
        for (query, _) in RelevanceCases.all {
            let terms = Tokenizer.terms(query)
            guard terms.count >= 2 else { continue }
            for length in Set([2, terms.count]) {
                for start in 0...(terms.count - length) {
                    let phrase = Array(terms[start..<(start + length)])
                    for document in Self.entriesWithAll(phrase, in: shipped.index) {
                        let inIndex = check.contains(document, phrase), inFile = Reference.contains(files[document], phrase)
                        let inVisible = visible[document].contains { Reference.contains($0, phrase) }
                        if inIndex { found += 1 }
                        if inIndex == inFile { continue }
                        #expect(inIndex == inVisible, "\(phrase) in \(shipped.index.document(document).path): index \(inIndex), file \(inFile)")
                        if inIndex { linkSplit += 1 } else { markupOnly += 1 }
                    }
                }
            }
        }
        #expect(found > 100)
        #expect(linkSplit > 0 && markupOnly > 0)
    }

    /// The entries that have every one of `terms` (those a search checks the phrase in).
    static func entriesWithAll(_ terms: [String], in index: SearchIndex) -> Set<Int> {
        var result = Set(0..<index.documentCount)
        for term in terms {
            var documents = Set<Int>()
            if let number = index.termIndex(term) { index.forEachPosting(number) { document, _ in documents.insert(document) } }
            result.formIntersection(documents)
        }
        return result
    }

    /// A search on an index whose content folder is gone still gives the body's snippets, sections and phrases.
    @Test func queriesReadNoEntryFile() throws {
        let root = try SearchTestSupport.temporaryDirectory()
        let content = try SearchTestSupport.writeContent(["guides/a.md": SearchTestSupport.entry("A", summary: "S.", body: Self.body)], in: root)
        let store = IndexStore(root: content, environment: ["SEAM_CACHE_DIR": root.appendingPathComponent("cache").path])
        _ = try store.rebuild()
        try FileManager.default.removeItem(atPath: content)
        let index = try #require(SearchIndex(mapping: store.indexPath))
        let searcher = Searcher(index: index)
        let result = searcher.search(try SearchQuery.parse("quoted renewal"))
        let hit = try #require(result.hits.first)
        let text = index.text(hit.document)
        #expect(Snippet.make(summary: "S.", sections: text.sections, clauseTerms: result.clauseTerms, width: 80).text == "quoted renewal")
        #expect(text.bestSection(for: result.clauseTerms, preferring: nil)?.anchor == "first-part")
        #expect(searcher.search(try SearchQuery.parse("\"second part\"")).hits.count == 1)
        #expect(searcher.search(try SearchQuery.parse("\"part second\"")).hits.isEmpty)
    }

    /// How snippets and phrases were checked before the index kept the text: the entry's file read again.
    enum Reference {
        /// The terms of the texts a reader sees in an entry's file, read from the file: the indexed
        /// front-matter fields, then the body without link destinations, cut at heading lines.
        static func visibleTexts(_ entry: Entry) -> [[String]] {
            var texts = [entry.title, entry.summary] + entry.aliases + entry.tags + entry.sources.map(\.citation)
            texts += [entry.figure, entry.measured].compactMap { $0 }
            let body = entry.body.replacingOccurrences(of: #"\]\([^)]*\)"#, with: "]", options: .regularExpression)
            var chunk = ""
            for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("#") {
                    texts += [chunk, String(line)]
                    chunk = ""
                } else {
                    chunk += line + "\n"
                }
            }
            return (texts + [chunk]).map(Tokenizer.terms)
        }

        static func contains(_ text: [String], _ terms: [String]) -> Bool {
            guard text.count >= terms.count else { return false }
            return (0...(text.count - terms.count)).contains { start in terms.indices.allSatisfy { text[start + $0] == terms[$0] } }
        }

        static func candidates(summary: String, source: String) -> [(text: String, anchor: String?)] {
            var result: [(text: String, anchor: String?)] = [(summary, nil)]
            let body: String
            switch FrontMatter.split(source) {
            case .success(let split): body = split.body
            case .failure: body = source
            }
            let document = MarkdownDocument.parse(body)
            let anchors = document.headings.map(\.anchor)
            var headingNumber = 0
            var anchor: String?
            for (index, node) in document.nodes.enumerated() {
                switch node.kind {
                case .heading:
                    anchor = headingNumber < anchors.count ? anchors[headingNumber] : nil
                    headingNumber += 1
                case .paragraph:
                    for sentence in Snippet.sentences(document.inlineText(of: index)) { result.append((sentence, anchor)) }
                default:
                    break
                }
            }
            return result
        }
    }
}
