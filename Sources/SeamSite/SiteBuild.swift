import SeamContent
import SeamProject
import SeamSearch

/// `seam build` as a list of named steps over one `SiteBuild.Context`, in the manner of Publish's
/// publishing steps. `steps` below is the whole build, in order; each step's inputs and outputs are
/// the context fields named beside it, so that a later change (the live preview's incremental
/// rebuild) can re-run one step, or one page of the `pages` step (`SiteContext.entryPage`), alone.
public enum SiteBuild {
    /// Every step of `seam build`, in order.
    public static let steps: [Step] = [
        .load,          // in: contentRoot            out: project; searchIndex started as soon as the entries are read
        .check,         // in: project.diagnostics    out: nothing, or stops the build with the errors (`Stopped`)
        .theme,         // in: options.themeFolder, project.base.site (language, strings)    out: theme
        .prepare,       // in: project, theme         out: pages (the linker, navigation and list items every page shares)
        .open,          // in: output               out: sink (a `SiteWriter.Transaction`: the lock, the temporary folder)
        .renderPages,   // in: pages                  out: every HTML page through sink; pagePaths
        .searchIndex,   // in: searchIndex (or project) out: assets/search-index.js (and its shards) through sink
        .assets,        // in: theme                  out: assets/* through sink
        .sitemap,       // in: pagePaths, options.baseURL out: sitemap.xml through sink
        .swap,          // in: the transaction        out: the new site in place of the old one
    ]

    /// The steps that render a checked project, for a site made in memory (`Site.render`).
    public static let renderSteps: [Step] = [.theme, .prepare, .renderPages, .searchIndex, .assets, .sitemap]

    /// One named step: a plain function over the context.
    public struct Step: Sendable {
        public let name: String
        let body: @Sendable (Context) throws -> Void
    }

    /// What a build reports while it runs, for progress output.
    public enum Event: Sendable {
        /// A step begins.
        case step(String)
        /// Pages rendered so far, of all.
        case pages(done: Int, total: Int)
        /// Another build holds the output folder's lock; this one waits for it.
        case waitingForLock
    }

    /// The build stopped on the problems `seam check` reports (errors, then warnings, sorted).
    public struct Stopped: Error {
        public let project: Project
    }

    /// What a build made: how many files, how many of them pages.
    public struct Summary: Sendable {
        public var files: Int
        public var pages: Int
    }

    /// Runs every step: reads `contentRoot`, stops on its errors (throwing `Stopped`, with the
    /// output folder untouched), otherwise writes the site into `output` and swaps it in. A failed
    /// step leaves the previous site as it was and nothing running.
    @discardableResult
    public static func run(contentRoot: String, output: String, options: SiteOptions = SiteOptions(),
                           report: (@Sendable (Event) -> Void)? = nil) throws -> Context {
        let context = Context(options: options, report: report)
        context.contentRoot = contentRoot
        context.output = output
        try context.run(steps)
        return context
    }
}
