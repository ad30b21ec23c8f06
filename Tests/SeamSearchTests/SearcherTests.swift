import Foundation
import SeamTestSupport
import Testing
import SeamContent
@testable import SeamSearch

/// The engine's rules on a small knowledge base written for the purpose.
@Suite struct SearcherTests {
    static let files: [String: String] = [
        "terms/nrr.md": SearchTestSupport.entry("Net revenue retention", summary: "Revenue kept from existing customers.",
                                                aliases: ["NRR"], body: "NRR counts expansion and churn."),
        "terms/customer-success.md": SearchTestSupport.entry("Customer success", summary: "The team that helps customers.",
                                                             aliases: ["CS"], body: "Customer success works after the sale."),
        "terms/renewal.md": SearchTestSupport.entry("Renewal", summary: "A customer signs again.",
                                                    body: "Renewals are owned by the CRO or the CCO."),
        "guides/board.md": SearchTestSupport.entry("What the board asks", summary: "Questions about net revenue retention.",
                                                   body: "The board wants the retention story and the renewal plan."),
        "guides/cs-everywhere.md": SearchTestSupport.entry("Team notes", summary: "CS CS CS.",
                                                           body: "CS and CS again, with cs in lower case and the seam between teams."),
        "facts/figure.md": "---\ntitle: \"27% higher NRR\"\nsummary: \"A figure.\"\nfigure: \"27%\"\nmeasured: \"NRR uplift\"\nsources:\n  - publisher: Gainsight\n---\nThe figure, 27%, with its source.\n",
    ]

    static let index: SearchIndex = {
        let root = try! SearchTestSupport.temporaryDirectory()
        let content = try! SearchTestSupport.writeContent(files, in: root)
        let base = try! KnowledgeBase.load(content)
        return SearchIndex(bytes: IndexBuilder.file(base, stamp: nil))!
    }()

    func top(_ query: String, limit: Int = 3, kind: String? = nil) -> [String] {
        SearchTestSupport.top(query, in: Self.index, limit: limit, kind: kind)
    }

    @Test func aliasesWorkBothWays() {
        #expect(top("NRR").first == "nrr")
        #expect(top("net revenue retention").first == "nrr")
        #expect(top("nrr").first == "nrr")
        // The guide names net revenue retention in full: found by the abbreviation too.
        #expect(top("NRR", limit: 10).contains("board"))
    }

    @Test func aShortAliasDoesNotDrown() {
        #expect(top("CS").first == "customer-success")
        #expect(top("cs seam").first == "cs-everywhere")
    }

    @Test func titleOutranksSummaryOutranksBody() {
        #expect(top("renewal", limit: 10).first == "renewal")
        #expect(top("board").first == "board")
    }

    /// The ranking by words puts the entry with every word first; fused with the ranking by
    /// meaning (score alone, where the entry named by one of the words leads), it stays in the top two.
    @Test func allWordsRankHigh() {
        #expect(top("retention renewal plan", limit: 2).contains("board"))
    }

    @Test func prefixTyposStemsAndNumbers() {
        #expect(top("renew").first == "renewal")
        #expect(top("renwal").first == "renewal")
        #expect(top("renewals").first == "renewal")
        #expect(top("27%").first == "figure")
        #expect(top("gainsight").first == "figure")
        #expect(top("Retentión").first == "nrr")
    }

    /// A quoted phrase's words must stand next to each other, in order, within one text of the entry.
    @Test func phrasesAreCheckedInTheIndexedText() {
        #expect(top("\"renewal plan\"", limit: 10) == ["board"])
        #expect(top("\"plan renewal\"", limit: 10).isEmpty)
        #expect(top("\"renewals are owned\"", limit: 10) == ["renewal"])
        #expect(top("\"27% higher\"", limit: 10) == ["figure"])
        #expect(top("\"nrr uplift\"", limit: 10) == ["figure"])
        // The summary ends with "again", the body starts with "Renewals": two texts, no phrase.
        #expect(top("\"again renewals\"", limit: 10).isEmpty)
    }

    @Test func kindFilterAndLimit() {
        #expect(top("renewal", limit: 10, kind: "guide") == ["board"])
        #expect(top("customer", limit: 1).count == 1)
    }

    @Test func nothingMatchesGivesSuggestions() throws {
        let searcher = Searcher(index: Self.index)
        let query = try SearchQuery.parse("renewl plam")
        #expect(searcher.search(try SearchQuery.parse("zzzzqqq")).hits.isEmpty)
        let suggestions = searcher.suggestions(for: try SearchQuery.parse("Customer sucesses"))
        #expect(suggestions.contains("Customer success"))
        _ = query
    }

    @Test func binaryIndexReadsBack() throws {
        let base = try KnowledgeBase.load(try SearchTestSupport.writeContent(Self.files, in: SearchTestSupport.temporaryDirectory()))
        let data = IndexBuilder.build(base), texts = base.entries.map(IndexText.init)
        let index = try #require(SearchIndex(bytes: data.encoded(stamp: nil, texts: texts)))
        #expect(index.documentCount == data.documents.count)
        #expect(index.termCount == data.terms.count)
        for (number, document) in data.documents.enumerated() {
            #expect(index.document(number) == document)
            #expect(index.text(number) == texts[number])
        }
        for (number, term) in data.terms.enumerated() { #expect(index.term(number) == term.term) }
        #expect(index.allNames == data.names)
    }

    @Test func damagedIndexBytesAreRefused() {
        #expect(SearchIndex(bytes: []) == nil)
        #expect(SearchIndex(bytes: Array("SEAMIX05".utf8) + [UInt8](repeating: 0xFF, count: 200)) == nil)
        let good = IndexData(documents: [], terms: [], names: [], problems: []).encoded(stamp: nil, texts: [])
        #expect(SearchIndex(bytes: good) != nil)
        #expect(SearchIndex(bytes: Array(good.dropLast())) == nil)
    }

    @Test func corruptedIndexesNeverCrash() throws {
        let base = try KnowledgeBase.load(try SearchTestSupport.writeContent(Self.files, in: SearchTestSupport.temporaryDirectory()))
        let good = IndexBuilder.file(base, stamp: nil)
        var generator = SeededRandom.make()
        print("corruptedIndexesNeverCrash: \(generator.replay)")
        for _ in 0..<300 {
            var bytes = good
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                let position = Int.random(in: SearchIndex.headerSize..<bytes.count, using: &generator)
                bytes[position] = UInt8.random(in: 0...255, using: &generator)
            }
            guard let index = SearchIndex(bytes: bytes) else { continue }
            for query in ["renewal", "nrr", "cust", "renwal", "\"renewal plan\""] {
                _ = SearchTestSupport.top(query, in: index)
            }
            _ = Searcher(index: index).suggestions(for: try SearchQuery.parse("zzzz"))
        }
    }
}
