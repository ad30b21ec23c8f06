import Foundation
import SeamContent
import SeamSite
import Testing

/// `sources` in site.yml names the entry about the sources; every source line on the site links to it.
@Suite struct SourcesPageTests {
    static let files = [
        "guides/about.md": "---\ntitle: About the sources\nsummary: Where the figures come from.\n---\nTwo articles.\n",
        "facts/five.md": "---\ntitle: Five\nsummary: A figure.\nfigure: \"5%\"\nmeasured: Something.\nsources:\n  - publisher: Somebody\n    year: 2024\n---\nFive, see [about](../guides/about.md).\n",
        "terms/alpha.md": "---\ntitle: Alpha\nsummary: A term.\nrelated: [five]\n---\nAlpha, see [five](../facts/five.md).\n",
    ]

    @Test func everySourceLineLinksToTheSourcesPage() throws {
        let root = try SiteFixture.content(Self.files.merging(["site.yml": "sources: about\n"]) { $1 })
        let site = try Site.render(try SiteFixture.load(root.path))
        let fact = try #require(SiteFixture.page("facts/five.html", in: site))
        #expect(fact.contains("Source: <a href=\"../guides/about.html\">Somebody (2024)</a>"))
        #expect(fact.contains("<cite><a href=\"../guides/about.html\">Somebody (2024)</a></cite>"))
        let term = try #require(SiteFixture.page("terms/alpha.html", in: site))
        #expect(term.contains("Source: <a href=\"../guides/about.html\">Somebody (2024)</a>"))
    }

    @Test func withoutTheSettingSourceLinesStayText() throws {
        let root = try SiteFixture.content(Self.files)
        let site = try Site.render(try SiteFixture.load(root.path))
        let fact = try #require(SiteFixture.page("facts/five.html", in: site))
        #expect(fact.contains("Source: Somebody (2024)"))
    }

    @Test func anUnknownEntryIsAnError() throws {
        let root = try SiteFixture.content(Self.files.merging(["site.yml": "title: KB\nsources: abuot\n"]) { $1 })
        let base = try KnowledgeBase.load(root.path)
        #expect(base.diagnostics.map(\.description).contains {
            $0.hasSuffix("site.yml:2:1: error: `sources` names `abuot`, which is not an entry: give the id of the entry about the sources")
        }, "\(base.diagnostics)")
    }
}
