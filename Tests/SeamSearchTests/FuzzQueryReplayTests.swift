import Foundation
import SeamTestSupport
import Testing
@testable import SeamSearch

/// Replays the `FuzzQuery` seed corpus and every crash it found (Fuzz/Corpus/query) through what
/// the target runs: parse, search with and without a kind, suggestions, snippets and sections.
struct FuzzQueryReplayTests {
    static let corpus = FuzzCorpus("query")
    static var inputs: [String] { corpus.inputs }

    @Test func corpusIsThere() {
        #expect(Self.inputs.count >= 10)
    }

    @Test(arguments: inputs) func replay(_ name: String) throws {
        let bytes = try Self.corpus.bytes(name)
        let text = String(decoding: bytes, as: UTF8.self)
        guard let query = try? SearchQuery.parse(text) else { return }
        let shipped = SearchTestSupport.shipped
        let searcher = Searcher(index: shipped.index)
        let result = searcher.search(query, limit: 10)
        #expect(result.hits.count <= 10)
        #expect(searcher.search(query, kind: "term", limit: 3).hits.allSatisfy { shipped.index.idAndKind($0.document).kind == "term" })
        if result.hits.isEmpty { #expect(searcher.suggestions(for: query).count <= 3) }
        for hit in result.hits {
            let entry = shipped.index.document(hit.document)
            let text = shipped.index.text(hit.document)
            let snippet = Snippet.make(summary: entry.summary, sections: text.sections, clauseTerms: result.clauseTerms, width: 60)
            _ = text.bestSection(for: result.clauseTerms, preferring: snippet.anchor)
            #expect(snippet.highlights.allSatisfy { $0.upperBound <= snippet.text.utf8.count })
        }
    }
}
