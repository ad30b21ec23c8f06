import Foundation
import Testing
import SeamContent
@testable import SeamSearch

/// `seam build` starts the browser index from the entries alone, before the checks run; for a
/// knowledge base without errors it must be the index built from the whole knowledge base.
struct BackgroundBrowserIndexTests {
    @Test(arguments: BrowserIndex.Layout.allCases)
    func theIndexFromTheEntriesIsTheIndexOfTheKnowledgeBase(layout: BrowserIndex.Layout) {
        let base = SearchTestSupport.shipped.base
        #expect(base.errors.isEmpty)
        let fromEntries = BackgroundBrowserIndex(entries: base.entries, layout: layout).files
        #expect(fromEntries == BackgroundBrowserIndex.files(IndexBuilder.build(base), layout))
        #expect(fromEntries.dropLast() == BrowserIndex.files(IndexBuilder.build(base), layout: layout)[...])
        #expect(fromEntries.last?.path == "assets/search-related.js", "the related words come last")
        #expect(fromEntries == BackgroundBrowserIndex(base, layout: layout).files)
        #expect(fromEntries.first?.path == "assets/search-index.js")
        let main = String(decoding: fromEntries.first?.bytes ?? [], as: UTF8.self)
        #expect(main.hasPrefix("window.SeamSearchIndex = {"))
    }

    @Test func theShippedKnowledgeBaseGetsOneFile() {
        let files = BackgroundBrowserIndex(SearchTestSupport.shipped.base).files
        #expect(files.map(\.path) == ["assets/search-index.js", "assets/search-related.js"])
        #expect(files[0].bytes == Array(BrowserIndex.script(SearchTestSupport.shipped.base).utf8))
    }
}

/// `write(through:)`, how `seam build` writes the index beside its pages: every file once, the
/// count `written()` gives, and the sink's first error thrown there.
struct BackgroundBrowserIndexWriteTests {
    final class Collected: @unchecked Sendable {
        let lock = NSLock()
        var files: [BrowserIndex.File] = []
    }

    struct Refused: Error {}

    @Test func everyFileGoesThroughTheSinkOnce() throws {
        let index = BackgroundBrowserIndex(entries: SearchTestSupport.shipped.base.entries, layout: .shards)
        let collected = Collected()
        index.write { file in collected.lock.withLock { collected.files.append(file) } }
        #expect(index.writingStarted)
        #expect(try index.written() == index.files.count)
        #expect(collected.files == index.files)
    }

    @Test func theSinksErrorIsThrownByWritten() {
        let index = BackgroundBrowserIndex(entries: SearchTestSupport.shipped.base.entries, layout: .shards)
        index.write { _ in throw Refused() }
        #expect(throws: Refused.self) { try index.written() }
        index.wait()
    }
}
