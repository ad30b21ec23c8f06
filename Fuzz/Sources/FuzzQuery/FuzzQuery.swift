import Foundation
import SeamContent
import SeamSearch

let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("content").path

/// The shipped knowledge base's index, built once: queries run against real terms and postings.
/// libFuzzer calls the target from one thread only.
nonisolated(unsafe) let searcher: Searcher = {
    guard let base = try? KnowledgeBase.load(content),
          let index = SearchIndex(bytes: IndexBuilder.build(base).encoded(stamp: nil)) else {
        fatalError("FuzzQuery needs the shipped content at \(content)")
    }
    return Searcher(index: index)
}()

/// One input: a query as typed (any bytes, decoded as `seam search` decodes its argument).
/// Parses it, plans and runs it as `seam search` does (phrases checked against the files,
/// snippets cut from them), with a kind too, and asks for suggestions when nothing matches.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    guard let query = try? SearchQuery.parse(text) else { return 0 }
    var phrases = PhraseCheck(root: content, index: searcher.index)
    let result = searcher.search(query, limit: 10) { phrases.contains($0, $1) }
    _ = searcher.search(query, kind: "term", limit: 3)
    if result.hits.isEmpty { _ = searcher.suggestions(for: query) }
    for hit in result.hits {
        let entry = searcher.index.document(hit.document)
        _ = Snippet.make(summary: entry.summary, source: sources[entry.path], clauseTerms: result.clauseTerms, width: 60)
    }
    return 0
}

/// Every entry's file, read once (snippets are cut from the source).
let sources: [String: String] = {
    var sources: [String: String] = [:]
    for index in 0..<searcher.index.documentCount {
        let path = searcher.index.document(index).path
        sources[path] = FileManager.default.contents(atPath: content + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }
    return sources
}()
