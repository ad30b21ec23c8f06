import Dispatch
import Foundation
import SeamContent
import SeamSearch

/// The static explainer site of a knowledge base. The steps, in order: theme (parse the
/// templates), context (linker, charts, assessments), pages (in parallel, beside the search
/// index), search index, assets, sitemap. Writing it to disk is `SiteWriter`'s job: `seam build`
/// streams the files into a `SiteWriter.Transaction`; tests take them in memory.
public struct Site: Sendable {
    /// Every file, sorted by path.
    public let files: [SiteFile]
    /// How many of them are HTML pages.
    public var pageCount: Int { files.filter { $0.path.hasSuffix(".html") }.count }

    /// The steps of a build, for progress output.
    public enum Step: String, Sendable { case theme, pages, index = "search index", assets }

    /// Renders the site of `base` (which must have no errors) in memory. `progress` hears of
    /// each step and, during the pages step, of pages done (done, total).
    public static func render(_ base: KnowledgeBase, options: SiteOptions = SiteOptions(),
                              progress: (@Sendable (Step, Int, Int) -> Void)? = nil) throws -> Site {
        let collected = Collector()
        _ = try render(base, options: options, progress: progress) { collected.add($0) }
        return Site(files: collected.files.sorted { $0.path < $1.path })
    }

    /// What a build made: how many files, how many of them pages.
    public struct Summary: Sendable {
        public var files: Int
        public var pages: Int
    }

    /// Renders the site of `base` (which must have no errors), handing every file to `sink` as
    /// soon as it is made, from several threads at once, so that pages are written while others
    /// are rendered and never all held in memory. The first error of `sink` stops the build.
    /// `searchIndex` is the index already being built (from `KnowledgeBase.load`'s `whenRead`);
    /// without it, it is built here, beside the pages.
    public static func render(_ base: KnowledgeBase, options: SiteOptions = SiteOptions(),
                              progress: (@Sendable (Step, Int, Int) -> Void)? = nil,
                              searchIndex: BackgroundBrowserIndex? = nil,
                              into sink: @escaping @Sendable (SiteFile) throws -> Void) throws -> Summary {
        progress?(.theme, 0, 0)
        let theme = try Theme.load(folder: options.themeFolder)
        let context = SiteContext(base: base, options: options, theme: theme)

        // The pages made of many entries (the glossary, the FAQ, the indexes) first, biggest first:
        // begun early, they overlap the entry pages on the other cores instead of ending the build
        // on one core.
        var jobs: [@Sendable () -> SiteFile] = []
        if context.kinds.contains(.term) { jobs.append { context.glossaryPage() } }
        if context.kinds.contains(.faq) { jobs.append { context.faqPage() } }
        for kind in context.kinds where kind != .term && kind != .faq {
            jobs.append { context.kindIndex(kind) }
        }
        jobs.append { context.homePage() }
        jobs.append { context.searchPage() }
        jobs.append { context.notFoundPage() }
        jobs += base.entries.map { entry in { context.entryPage(entry) } }

        let index = searchIndex ?? BackgroundBrowserIndex(base)

        progress?(.pages, 0, jobs.count)
        let total = jobs.count
        var pageProgress: (@Sendable (Int) -> Void)?
        if let progress { pageProgress = { done in progress(.pages, done, total) } }
        let failure = SiteWriter.FirstError()
        let pageJobs = jobs
        let paths = Parallel.map(pageJobs.count, progress: pageProgress) { number -> String in
            guard !failure.failed else { return "" }
            let file = pageJobs[number]()
            failure.run { try sink(file) }
            return file.path
        }
        if failure.failed { index.wait() }  // nothing left running when the build stops here
        try failure.rethrow()

        progress?(.index, 0, 0)
        var others = [SiteFile(path: "assets/search-index.js", text: index.script)]
        progress?(.assets, 0, 0)
        for asset in theme.assets { others.append(SiteFile(path: "assets/" + asset.name, bytes: asset.bytes)) }
        if let baseURL = options.baseURL, !baseURL.isEmpty {
            others.append(SiteFile(path: "sitemap.xml", text: Sitemap.xml(pages: paths, baseURL: baseURL)))
        }
        for file in others { try sink(file) }
        return Summary(files: paths.count + others.count, pages: paths.count)
    }

    /// Files gathered from several threads.
    private final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var files: [SiteFile] = []
        func add(_ file: SiteFile) { lock.lock(); files.append(file); lock.unlock() }
    }
}
