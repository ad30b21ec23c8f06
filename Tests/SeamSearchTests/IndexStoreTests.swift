import Foundation
import Testing
@testable import SeamSearch

/// The stored index is reused while the content is unchanged and rebuilt the moment it changes:
/// never a stale answer.
@Suite struct IndexStoreTests {
    func store(_ files: [String: String]) throws -> (IndexStore, URL) {
        let root = try SearchTestSupport.temporaryDirectory()
        let content = try SearchTestSupport.writeContent(files, in: root)
        return (IndexStore(root: content, environment: ["SEAM_CACHE_DIR": root.appendingPathComponent("cache").path]), root)
    }

    static let base = ["terms/renewal.md": SearchTestSupport.entry("Renewal", summary: "A customer signs again."),
                       "guides/plan.md": SearchTestSupport.entry("Plan", summary: "The plan.")]

    @Test func reusedWhileUnchanged() throws {
        let (store, _) = try store(Self.base)
        #expect(try store.open().origin == .rebuilt)
        #expect(try store.open().origin == .cached)
        #expect(!store.indexPath.contains("/content/"))
    }

    @Test func editedFileIsNeverStale() throws {
        let (store, root) = try store(Self.base)
        _ = try store.open()
        // Same size, same folder listing: only the file's time changes.
        let file = root.appendingPathComponent("content/terms/renewal.md")
        try SearchTestSupport.entry("Renewal", summary: "A customer signs zzzzz.").write(to: file, atomically: false, encoding: .utf8)
        let (index, origin) = try store.open()
        #expect(origin == .rebuilt)
        #expect(SearchTestSupport.top("zzzzz", in: index) == ["renewal"])
        #expect(SearchTestSupport.top("again", in: index).isEmpty)
    }

    @Test func addedRemovedAndRenamedFilesAreNeverStale() throws {
        let (store, root) = try store(Self.base)
        _ = try store.open()
        try SearchTestSupport.writeContent(["terms/churn.md": SearchTestSupport.entry("Churn", summary: "Customers leaving.")], in: root)
        var (index, origin) = try store.open()
        #expect(origin == .rebuilt)
        #expect(SearchTestSupport.top("churn", in: index) == ["churn"])

        try FileManager.default.removeItem(at: root.appendingPathComponent("content/terms/churn.md"))
        (index, origin) = try store.open()
        #expect(origin == .rebuilt)
        #expect(SearchTestSupport.top("churn", in: index).isEmpty)

        try FileManager.default.moveItem(at: root.appendingPathComponent("content/guides/plan.md"),
                                         to: root.appendingPathComponent("content/guides/roadmap.md"))
        (index, origin) = try store.open()
        #expect(origin == .rebuilt)
        #expect(SearchTestSupport.top("plan", in: index) == ["roadmap"])
    }

    @Test func damagedIndexFileIsRebuilt() throws {
        let (store, _) = try store(Self.base)
        _ = try store.open()
        try Data("SEAMIX05 this is not an index".utf8).write(to: URL(fileURLWithPath: store.indexPath))
        let (index, origin) = try store.open()
        #expect(origin == .rebuilt)
        #expect(SearchTestSupport.top("renewal", in: index) == ["renewal"])
    }

    @Test func unwritableCacheStillAnswers() throws {
        let root = try SearchTestSupport.temporaryDirectory()
        let content = try SearchTestSupport.writeContent(Self.base, in: root)
        let store = IndexStore(root: content, environment: ["SEAM_CACHE_DIR": "/proc/seam-cannot-write-here"])
        #expect(SearchTestSupport.top("renewal", in: try store.open().index) == ["renewal"])
    }

    @Test func invalidUTF8FileIsReportedNotFatal() throws {
        let (store, root) = try store(Self.base)
        var bytes = Array("---\ntitle: Bad\nsummary: Bad bytes.\n---\nHello ".utf8)
        bytes += [0xFF, 0xFE, 0x80]
        try Data(bytes).write(to: root.appendingPathComponent("content/terms/bad.md"))
        let index = try store.open().index
        #expect(index.problemCount == 1)
        #expect(index.problems.first?.contains("not valid UTF-8") == true)
        #expect(SearchTestSupport.top("renewal", in: index) == ["renewal"])
    }
}
