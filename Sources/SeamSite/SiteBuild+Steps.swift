import SeamContent
import SeamProject
import SeamSearch

/// The bodies of the steps `SiteBuild.steps` lists.
extension SiteBuild.Step {
    /// Reads the content folder with its charts and assessments; starts the search index as soon
    /// as the entries are read, beside the checks across entries.
    public static let load = Self(name: "load") { context in
        let root = context.required(context.contentRoot, "contentRoot")
        context.project = try Project.load(root, includeDrafts: context.options.includeDrafts, cache: context.entryCache,
                                           whenRead: { context.searchIndex = BackgroundBrowserIndex(entries: $0, layout: context.options.searchLayout) })
    }

    /// Stops the build on the errors `seam check` reports, before anything is written.
    public static let check = Self(name: "check") { context in
        let project = context.required(context.project, "project")
        if !context.options.blockingErrors(project).isEmpty { throw SiteBuild.Stopped(project: project) }
    }

    /// Reads the templates, assets and strings (the shipped theme, with a theme folder's files
    /// over it; the strings of the settings' language, with their `strings:` over them).
    public static let theme = Self(name: "theme") { context in
        let project = context.required(context.project, "project")
        let settingsPath = (context.contentRoot.map { $0 == "." ? "" : $0 + "/" } ?? "") + SiteConfig.fileName
        context.theme = try Theme.load(folder: context.options.themeFolder, settings: project.base.site, settingsPath: settingsPath)
    }

    /// Builds what every page shares: the glossary linker, entries by path, the navigation and
    /// each entry's list item. Starts the search index if `load` did not.
    public static let prepare = Self(name: "prepare") { context in
        let project = context.required(context.project, "project")
        if context.searchIndex == nil { context.searchIndex = BackgroundBrowserIndex(project.base, layout: context.options.searchLayout) }
        context.pages = SiteContext(project: project, options: context.options, theme: context.required(context.theme, "theme"))
    }

    /// Takes the output folder's lock and opens the temporary folder the files go to.
    public static let open = Self(name: "open") { context in
        let output = context.required(context.output, "output")
        let report = context.report
        let transaction = try SiteWriter(output: output).begin { report?(.waitingForLock) }
        context.transaction = transaction
        context.sink = { try transaction.add($0) }
        // The search index's files go out from its own thread once built, beside the pages.
        context.startIndexWrites()
    }

    /// Renders every page on all cores, handing each to the sink as soon as it is made. One page
    /// alone: `SiteContext.entryPage(_:)` (or the page job for it in `SiteContext.pageJobs`).
    public static let renderPages = Self(name: "pages") { context in
        let pages = context.required(context.pages, "pages")
        let sink = context.required(context.sink, "sink")
        let jobs = pages.pageJobs()
        var pageProgress: (@Sendable (Int) -> Void)?
        if let report = context.report {
            let total = jobs.count
            pageProgress = { done in report(.pages(done: done, total: total)) }
        }
        let failure = SiteWriter.FirstError()
        let paths = Parallel.map(jobs.count, progress: pageProgress) { (number: Int) -> String in
            guard !failure.failed else { return "" }
            let file = jobs[number]()
            failure.run { try sink(file) }
            return file.path
        }
        try failure.rethrow()
        context.pagePaths = paths
        context.summary.pages += paths.count
        context.summary.files += paths.count
    }

    /// Writes the browser search index, one file or a manifest and its shards, or waits for
    /// them to be written (`open` started that, beside the pages).
    public static let searchIndex = Self(name: "search index") { context in
        let index = context.required(context.searchIndex, "searchIndex")
        _ = context.required(context.sink, "sink")
        context.startIndexWrites()
        context.summary.files += try index.written()
    }

    /// Copies the theme's assets, and writes the script's interface words for the site's
    /// language (`assets/site-strings.js`, which `strings.js` reads).
    public static let assets = Self(name: "assets") { context in
        let theme = context.required(context.theme, "theme")
        for asset in theme.assets {
            try context.write(SiteFile(path: "assets/" + asset.name, bytes: asset.bytes))
        }
        try context.write(SiteFile(path: "assets/site-strings.js", text: "window.SeamStrings = \(theme.strings.scriptJSON);\n"))
    }

    /// Writes `sitemap.xml` when the site's public address is known.
    public static let sitemap = Self(name: "sitemap") { context in
        guard let baseURL = context.options.baseURL, !baseURL.isEmpty else { return }
        try context.write(SiteFile(path: "sitemap.xml", text: Sitemap.xml(pages: context.pagePaths, baseURL: baseURL)))
    }

    /// Swaps the new site in whole and releases the lock.
    public static let swap = Self(name: "swap") { context in
        try context.required(context.transaction, "transaction").commit()
    }
}
