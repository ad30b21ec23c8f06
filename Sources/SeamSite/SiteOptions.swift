/// What a site build is asked for, besides the knowledge base (whose `site.yml` names the site).
public struct SiteOptions: Sendable {
    /// The site's public address (`https://example.org/kb/`): with it the build writes `sitemap.xml`.
    public var baseURL: String?
    /// A theme folder whose files replace the shipped ones.
    public var themeFolder: String?
    /// Publish drafts (`draft: true`) too, as `seam serve --drafts` and `seam build --drafts` do.
    public var includeDrafts = false
    /// Compile templates per shape of their values (`CompiledTemplates`); off only in the test
    /// that shows it changes nothing.
    var compileTemplates = true

    public init(baseURL: String? = nil, themeFolder: String? = nil, includeDrafts: Bool = false) {
        self.baseURL = baseURL
        self.themeFolder = themeFolder
        self.includeDrafts = includeDrafts
    }
}
