import SeamContent
import SeamProject
import SeamSearch

/// What a site build is asked for, besides the knowledge base (whose `site.yml` names the site).
public struct SiteOptions: Sendable {
    /// The site's public address (`https://example.org/kb/`): with it the build writes `sitemap.xml`.
    public var baseURL: String?
    /// A theme folder whose files replace the shipped ones.
    public var themeFolder: String?
    /// Publish drafts (`draft: true`) too, as `seam serve --drafts` and `seam build --drafts` do.
    public var includeDrafts = false
    /// Build despite errors that are only the placeholders of `seam new` (`Placeholder`), so that
    /// a new entry shows in the live preview while it is written; `seam build` never does.
    public var previewPlaceholders = false
    /// One search index file or shards loaded on demand (by default shards only for an index too
    /// big for one file, `BrowserIndex.singleFileLimit`).
    public var searchLayout: BrowserIndex.Layout
    /// Compile templates per shape of their values (`CompiledTemplates`); off only in the test
    /// that shows it changes nothing.
    var compileTemplates = true

    public init(baseURL: String? = nil, themeFolder: String? = nil, includeDrafts: Bool = false, previewPlaceholders: Bool = false,
                searchLayout: BrowserIndex.Layout = .automatic) {
        self.baseURL = baseURL
        self.themeFolder = themeFolder
        self.includeDrafts = includeDrafts
        self.previewPlaceholders = previewPlaceholders
        self.searchLayout = searchLayout
    }

    /// The errors of `project` that stop a build: all of them, or all but placeholders'.
    public func blockingErrors(_ project: Project) -> [Diagnostic] {
        project.errors.filter { !(previewPlaceholders && Placeholder.isPlaceholder($0)) }
    }
}
