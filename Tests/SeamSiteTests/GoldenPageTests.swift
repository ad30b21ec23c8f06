import Foundation
import Testing
@testable import SeamSite
import SeamTestSupport

/// Whole pages of the fixture site against golden files in `Tests/Golden/site/`.
/// `make golden` re-records them: review the diff.
@Suite struct GoldenPageTests {
    static let pages = [
        "index.html", "glossary.html", "faq.html", "search.html", "404.html",
        "terms/nrr.html", "facts/cro-tenure.html", "structures/unified-cro.html", "structures/index.html",
        "frameworks/decision.html", "assessments/check.html",
    ]

    @Test(arguments: pages) func pageMatchesItsGolden(_ path: String) throws {
        let html = try #require(SiteFixture.page(path), "the site has no \(path)")
        try expectGolden(html, "Tests/Golden/site/\(path)")
    }

    @Test func theSiteHasEveryPage() {
        let paths = Set(SiteFixture.site.files.map(\.path))
        for path in Self.pages + ["assets/seam.css", "assets/seam.js", "assets/search-engine.js", "assets/assess-engine.js",
                                  "assets/result-chart.js", "assets/url-state.js", "assets/search-box.js", "assets/dom.js",
                                  "assets/assessment-view.js", "assets/assessment-page.js",
                                  "assets/search-index.js", "assets/search-meaning.js", "assets/search-related.js", "guides/first-steps.html",
                                  "faqs/what-is-nrr.html", "guides/index.html", "assessments/index.html"] {
            #expect(paths.contains(path), "\(path)")
        }
        #expect(!paths.contains("sitemap.xml"), "a sitemap only with a base URL")
        #expect(!paths.contains("terms/index.html"), "the glossary is the index of terms")
    }

    @Test func sitemapWithABaseURL() throws {
        let site = try Site.render(SiteFixture.project, options: SiteOptions(baseURL: "https://example.org/kb"))
        let sitemap = try #require(SiteFixture.page("sitemap.xml", in: site))
        #expect(sitemap.contains("<loc>https://example.org/kb/terms/nrr.html</loc>"))
        #expect(sitemap.contains("<loc>https://example.org/kb/index.html</loc>"))
        #expect(!sitemap.contains("404.html"))
    }

    @Test func pagesFollowTheThemeContract() throws {
        for file in SiteFixture.site.files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            let root = String(repeating: "../", count: file.path.filter { $0 == "/" }.count)
            #expect(html.contains("<html lang=\"en\" data-root=\"\(root)\">"), "\(file.path)")
            #expect(html.contains("<input type=\"search\" name=\"q\" id=\"search-input\" autocomplete=\"off\" aria-controls=\"search-results\""), "\(file.path)")
            #expect(html.contains("<div id=\"search-results\" class=\"search-results\" hidden></div>"), "\(file.path)")
            #expect(html.contains("<main id=\"main\""), "\(file.path)")
            #expect(html.contains("<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\">") == (file.path != "index.html"), "\(file.path)")
            let scripts = html.components(separatedBy: "<script src=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            let everyPage = ["site-strings.js", "strings.js", "search-meaning.js", "search-engine.js", "url-state.js", "search-box.js", "dom.js"]
            let expected = file.path.hasPrefix("assessments/") && file.path != "assessments/index.html"
                ? everyPage + ["assess-engine.js", "result-chart.js", "assessment-view.js", "assessment-page.js", "seam.js"]
                : everyPage + ["seam.js"]
            #expect(scripts == expected.map { root + "assets/" + $0 }, "\(file.path)")
        }
    }

    @Test func everyStructureShowsItsChart() throws {
        let page = try #require(SiteFixture.page("structures/unified-cro.html"))
        #expect(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"org-chart\""))
        #expect(page.contains("<title id=\"chart-unified-cro-title\">Org chart: Unified CRO</title>"))
        #expect(page.contains("<li>VP Sales reports to CRO</li>"))
        let index = try #require(SiteFixture.page("structures/index.html"))
        #expect(index.contains("class=\"chart-grid\""))
        #expect(index.contains("<title id=\"index-chart-unified-cro-title\">"))
    }

    @Test func assessmentPageCarriesItsDefinitionAndCharts() throws {
        let page = try #require(SiteFixture.page("assessments/check.html"))
        #expect(page.contains("<script type=\"application/json\" id=\"assessment-definition\">{"))
        #expect(page.contains("<form id=\"assessment-form\" class=\"assessment\" data-assessment=\"check\">"))
        #expect(page.contains("<input type=\"radio\" name=\"nrr-comp\" value=\"yes\" id=\"q-nrr-comp-yes\">"))
        #expect(page.contains("<section id=\"assessment-result\" class=\"result\" aria-live=\"polite\" tabindex=\"-1\" hidden></section>"))
        #expect(page.contains("<dt id=\"outcome-works\">It works</dt>"))
        #expect(page.contains("<dt id=\"outcome-fix-first\">Fix it first</dt>"))
        #expect(page.contains("<template id=\"org-chart-unified-cro\">"))
        #expect(page.contains("<a href=\"../structures/unified-cro.html#seam-risk\">"))
    }

    @Test func factsCarryTheirSourceUnderTheFigure() throws {
        let page = try #require(SiteFixture.page("facts/cro-tenure.html"))
        #expect(page.contains("<p class=\"figure-value\">25 months</p>"))
        #expect(page.contains("Source: HBR; cited in The example article"))
        let related = try #require(SiteFixture.page("structures/unified-cro.html"))
        #expect(related.contains("<strong>25 months</strong>"))
        #expect(related.contains("Source: HBR; cited in The example article"))
    }

    @Test func glossaryListsTermsAndAliasesAToZ() throws {
        let page = try #require(SiteFixture.page("glossary.html"))
        #expect(page.contains("<dt id=\"nrr\"><a href=\"terms/nrr.html\">Net revenue retention</a></dt>"))
        #expect(page.contains("<dt class=\"glossary-alias\">NRR</dt>\n<dd>See <a href=\"#nrr\">Net revenue retention</a></dd>"))
        #expect(page.contains("<a href=\"#letter-a\">A</a>"))
        #expect(page.contains("<span aria-disabled=\"true\">Z</span>"))
        let a = try #require(page.range(of: "Annual recurring revenue</a></dt>"))
        let c = try #require(page.range(of: "Customer success</a></dt>"))
        #expect(a.lowerBound < c.lowerBound)
    }

    @Test func faqHasAnAnchorPerQuestion() throws {
        let page = try #require(SiteFixture.page("faq.html"))
        #expect(page.contains("<section class=\"faq-item\" id=\"what-is-nrr\""))
        #expect(page.contains("<section class=\"faq-item\" id=\"who-owns-renewals\""))
        #expect(page.contains("<a href=\"#what-is-nrr\">What is NRR?</a>"))
        #expect(page.contains("<a href=\"structures/unified-cro.html\">the structure</a>"), "links resolved from the page at the root")
    }
}
