import Foundation
import SeamContent
import SeamTestSupport
import Testing

/// The reload `seam serve` makes after an edit (`KnowledgeBase.load` given the previous load and
/// the files changed, which reuses the checks of the entries the edit cannot affect) against a
/// whole load of the same folder, after every step of a random sequence of edits to a copy of the
/// incident knowledge base. Errors are kept, not undone, so that problems (links to missing
/// anchors, unlinked entries, broken files) come and go between steps.
@Suite struct RecheckTests {
    static let steps = 300

    @Test func everyReloadEqualsAWholeLoad() throws {
        var random = SeededRandom.make()
        print("RecheckTests: \(random.replay)")
        let (folder, content) = try KnowledgeBaseEdits.incidentCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = EntryCache()
        var previous = try KnowledgeBase.load(content, cache: cache)
        var edits = KnowledgeBaseEdits(root: content)
        var diagnosed = 0
        for step in 1...Self.steps {
            _ = try edits.apply(random: &random)
            let relative = Set(edits.changed.map { String($0.dropFirst(content.count + 1)) })
            let reloaded = try KnowledgeBase.load(content, cache: cache, previous: previous, changedFiles: relative)
            let whole = try KnowledgeBase.load(content)
            let described = "step \(step) (\(edits.last)), \(random.replay)"
            try #require(reloaded.entries == whole.entries, "\(described): entries differ")
            try #require(reloaded.links == whole.links, "\(described): links differ")
            try #require(reloaded.backlinks == whole.backlinks, "\(described): backlinks differ")
            if reloaded.diagnostics != whole.diagnostics {
                let extra = reloaded.diagnostics.filter { !whole.diagnostics.contains($0) }.map(\.description)
                let missing = whole.diagnostics.filter { !reloaded.diagnostics.contains($0) }.map(\.description)
                Issue.record("\(described): problems differ; only after the reload: \(extra); only after a whole load: \(missing)")
                return
            }
            if !whole.diagnostics.isEmpty { diagnosed += 1 }
            previous = reloaded
        }
        #expect(diagnosed > Self.steps / 4, "few steps had problems, \(random.replay)")
    }
}
