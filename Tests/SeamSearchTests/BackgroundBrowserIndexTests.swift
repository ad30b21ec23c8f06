import Testing
import SeamContent
@testable import SeamSearch

/// `seam build` starts the browser index from the entries alone, before the checks run; for a
/// knowledge base without errors it must be the index built from the whole knowledge base.
struct BackgroundBrowserIndexTests {
    @Test func theIndexFromTheEntriesIsTheIndexOfTheKnowledgeBase() {
        let base = SearchTestSupport.shipped.base
        #expect(base.errors.isEmpty)
        let fromEntries = BackgroundBrowserIndex(entries: base.entries).script
        #expect(fromEntries == BrowserIndex.script(base))
        #expect(fromEntries == BackgroundBrowserIndex(base).script)
        #expect(fromEntries.hasPrefix("window.SeamSearchIndex = {"))
    }
}
