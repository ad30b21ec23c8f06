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
