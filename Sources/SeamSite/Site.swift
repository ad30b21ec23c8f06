import Dispatch
import Foundation
import SeamContent
import SeamSearch

/// The static explainer site of a knowledge base, rendered in memory. The steps, in order:
/// theme (parse the templates), context (linker, charts, assessments), pages (in parallel),
/// search index, assets, sitemap. Writing it to disk is `SiteWriter`'s job.
public struct Site: Sendable {
    /// Every file, sorted by path.
    public let files: [SiteFile]
    /// How many of them are HTML pages.
    public var pageCount: Int { files.filter { $0.path.hasSuffix(".html") }.count }

    /// The steps of a build, for progress output.
    public enum Step: String, Sendable { case theme, pages, index = "search index", assets }

    /// Renders the site of `base` (which must have no errors). `progress` hears of each step and,
    /// during the pages step, of pages done (done, total).
    public static func render(_ base: KnowledgeBase, options: SiteOptions = SiteOptions(),
                              progress: (@Sendable (Step, Int, Int) -> Void)? = nil) throws -> Site {
        progress?(.theme, 0, 0)
        let theme = try Theme.load(folder: options.themeFolder)
        let context = SiteContext(base: base, options: options, theme: theme)

        var jobs: [@Sendable () -> SiteFile] = base.entries.map { entry in { context.entryPage(entry) } }
        for kind in context.kinds where kind != .term && kind != .faq {
            jobs.append { context.kindIndex(kind) }
        }
        if context.kinds.contains(.term) { jobs.append { context.glossaryPage() } }
        if context.kinds.contains(.faq) { jobs.append { context.faqPage() } }
        jobs.append { context.homePage() }
        jobs.append { context.searchPage() }
        jobs.append { context.notFoundPage() }

        // The search index is built beside the pages, on its own thread.
        let index = Box()
        let indexDone = DispatchGroup()
        DispatchQueue.global().async(group: indexDone) { index.text = BrowserIndex.script(base) }

        progress?(.pages, 0, jobs.count)
        let total = jobs.count
        var pageProgress: (@Sendable (Int) -> Void)?
        if let progress { pageProgress = { done in progress(.pages, done, total) } }
        var files = render(jobs, progress: pageProgress)

        progress?(.index, 0, 0)
        indexDone.wait()
        files.append(SiteFile(path: "assets/search-index.js", text: index.text))
        progress?(.assets, 0, 0)
        for asset in theme.assets { files.append(SiteFile(path: "assets/" + asset.name, bytes: asset.bytes)) }
        if let baseURL = options.baseURL, !baseURL.isEmpty {
            files.append(SiteFile(path: "sitemap.xml", text: Sitemap.xml(pages: files.map { $0.path }.filter { $0.hasSuffix(".html") }, baseURL: baseURL)))
        }
        files.sort { $0.path < $1.path }
        return Site(files: files)
    }

    private final class Box: @unchecked Sendable { var text = "" }

    /// Runs `jobs` on every core, in chunks, keeping their order.
    static func render(_ jobs: [@Sendable () -> SiteFile], progress: (@Sendable (Int) -> Void)?) -> [SiteFile] {
        Parallel.map(jobs.count, progress: progress) { jobs[$0]() }
    }
}
