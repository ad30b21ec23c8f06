import Foundation
import SeamContent
import SeamSearch

let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("content").path

/// The shipped knowledge base's index, built once: queries run against real terms and postings.
/// libFuzzer calls the target from one thread only.
nonisolated(unsafe) let searcher: Searcher = {
    guard let base = try? KnowledgeBase.load(content),
          let index = SearchIndex(bytes: IndexBuilder.file(base, stamp: nil)) else {
        fatalError("FuzzQuery needs the shipped content at \(content)")
    }
    return Searcher(index: index)
}()

/// One input: a query as typed (any bytes, decoded as `seam search` decodes its argument).
/// Parses it, plans and runs it as `seam search` does (phrases checked against the index's text,
/// snippets and sections taken from it), with a kind too, and asks for suggestions when nothing matches.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    guard let query = try? SearchQuery.parse(text) else { return 0 }
    let result = searcher.search(query, limit: 10)
    _ = searcher.search(query, kind: "term", limit: 3)
    if result.hits.isEmpty { _ = searcher.suggestions(for: query) }
    for hit in result.hits {
        let entry = searcher.index.document(hit.document), stored = searcher.index.text(hit.document)
        let snippet = Snippet.make(summary: entry.summary, sections: stored.sections, clauseTerms: result.clauseTerms, width: 60)
        _ = stored.bestSection(for: result.clauseTerms, preferring: snippet.anchor)
    }
    return 0
}
