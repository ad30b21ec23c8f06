/// What a site build is asked for, besides the knowledge base.
public struct SiteOptions: Sendable {
    /// The site's public address (`https://example.org/kb/`): with it the build writes `sitemap.xml`.
    public var baseURL: String?
    /// A theme folder whose files replace the shipped ones.
    public var themeFolder: String?
    /// The name in every page's header (`title` in `site.yml`).
    public var siteName: String
    /// The home page's tagline and meta description (`description` in `site.yml`).
    public var siteDescription: String?
    /// Compile templates per shape of their values (`CompiledTemplates`); off only in the test
    /// that shows it changes nothing.
    var compileTemplates = true

    public init(baseURL: String? = nil, themeFolder: String? = nil, siteName: String = "Seam", siteDescription: String? = nil) {
        self.baseURL = baseURL
        self.themeFolder = themeFolder
        self.siteName = siteName
        self.siteDescription = siteDescription
    }
}
