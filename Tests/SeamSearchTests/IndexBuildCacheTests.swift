import Foundation
import SeamContent
import SeamSearch
import SeamTestSupport
import Testing

/// `IndexBuildCache` (what `seam serve` rebuilds the search index with, reading only the entries
/// an edit changed) against `IndexBuilder.build(entries:)` after every step of a random sequence of
/// edits to a copy of the incident knowledge base; now and then a build is stopped half way, as
/// when newer changes are coming, and the next must still be whole.
@Suite struct IndexBuildCacheTests {
    static let steps = 150

    @Test func everyBuildEqualsAFreshOne() throws {
        var random = SeededRandom.make()
        print("IndexBuildCacheTests: \(random.replay)")
        let (folder, content) = try KnowledgeBaseEdits.incidentCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = IndexBuildCache(askEvery: 4)
        var edits = KnowledgeBaseEdits(root: content)
        var stopped = 0
        for step in 0...Self.steps {
            if step > 0 { _ = try edits.apply(random: &random) }
            let entries = try KnowledgeBase.load(content).entries
            if Int.random(in: 0..<6, using: &random) == 0 {
                // Stopped at the first or a later question.
                var asked = 0
                let after = Int.random(in: 0...3, using: &random)
                if cache.build(entries: entries, unless: { asked += 1; return asked > after }) == nil { stopped += 1 }
            }
            let fresh = IndexBuilder.build(entries: entries)
            let cached = try #require(cache.build(entries: entries))
            let described = "step \(step) (\(edits.last)), \(random.replay)"
            let sameData = cached == fresh, sameKinds = cached.kinds.map(\.id) == fresh.kinds.map(\.id)
            let sameScript = BrowserIndex.json(cached) == BrowserIndex.json(fresh)
            #expect(sameData, "\(described): the index data differs")
            #expect(sameKinds, "\(described): the kinds differ")
            #expect(sameScript, "\(described): the browser index differs")
            if !(sameData && sameKinds && sameScript) { return }
        }
        #expect(stopped > 0, "no build was stopped, \(random.replay)")
    }
}
