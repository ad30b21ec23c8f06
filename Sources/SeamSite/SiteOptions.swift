import SeamSearch

/// What a site build is asked for, besides the knowledge base (whose `site.yml` names the site).
public struct SiteOptions: Sendable {
    /// The site's public address (`https://example.org/kb/`): with it the build writes `sitemap.xml`.
    public var baseURL: String?
    /// A theme folder whose files replace the shipped ones.
    public var themeFolder: String?
    /// One search index file or shards loaded on demand (by default shards only for an index too
    /// big for one file, `BrowserIndex.singleFileLimit`).
    public var searchLayout: BrowserIndex.Layout
    /// Compile templates per shape of their values (`CompiledTemplates`); off only in the test
    /// that shows it changes nothing.
    var compileTemplates = true

    public init(baseURL: String? = nil, themeFolder: String? = nil, searchLayout: BrowserIndex.Layout = .automatic) {
        self.baseURL = baseURL
        self.themeFolder = themeFolder
        self.searchLayout = searchLayout
    }
}
