import Foundation
import SeamContent
import SeamProject
import SeamSearch

/// The site `seam serve` keeps up to date: built whole once (`build`, the steps of `seam build`),
/// then, after each change, brought to exactly the bytes a fresh `seam build` would write
/// (`update`). An update reloads the knowledge base (fast), works out which pages the change can
/// affect (`SiteChange`), renders only those, the pages made of many entries and the search index,
/// and writes only the files whose bytes differ, each replaced whole (a reader never sees half a
/// file). A change to the set of entries, the settings, the schema or the theme rebuilds every
/// file, as `seam build` does; a content error leaves the last good site in place.
public final class IncrementalSite: @unchecked Sendable {
    public let contentRoot: String
    public let output: String
    public let options: SiteOptions

    /// What one build or update did.
    public struct Update: Sendable {
        /// The site paths whose files were written (new or changed), sorted.
        public var written: [String]
        /// Whether every page was rendered (a first build, or a change to the set of entries, the
        /// settings, the schema or the theme).
        public var full: Bool
        /// How many files were rendered and compared.
        public var rendered: Int
        /// The placeholders still in the content (built past with `previewPlaceholders`).
        public var placeholders: [Diagnostic] = []
        /// How long each part of an incremental update took, in milliseconds, in order.
        public var stepTimes: [(name: String, milliseconds: Double)] = []
        /// Whether the search index was left for the next update (newer changes were coming).
        public var indexLeft = false
    }

    /// The last site written, and what it was made from.
    private struct Built {
        var project: Project
        var theme: Theme
        var pages: SiteContext
        var settings: [UInt8]
    }

    private var built: Built?
    /// Whether the search index on disk is older than the pages (left for newer changes).
    private var indexLeft = false
    /// The search index of the last update, for the next to read only the entries that changed.
    private var indexCache = IndexBuildCache()
    /// The entries read, for the next load; a new one when the settings or the schema change.
    private var cache = EntryCache()

    public init(contentRoot: String, output: String, options: SiteOptions = SiteOptions()) {
        self.contentRoot = contentRoot
        self.output = output
        self.options = options
    }

    /// Builds every file, as `seam build` does (the same steps, the same swap of the whole folder).
    /// Throws `SiteBuild.Stopped` on content errors, with the folder as it was.
    @discardableResult
    public func build() throws -> Update {
        let settings = settingsBytes()
        if built?.settings != settings { cache = EntryCache() }
        built = nil
        let before = Self.fileStamps(in: output)
        let context = SiteBuild.Context(options: options, report: nil)
        context.contentRoot = contentRoot
        context.output = output
        context.entryCache = cache
        try context.run(SiteBuild.steps)
        indexLeft = false
        indexCache = IndexBuildCache()  // the build made its own index: the next update reads every entry once
        built = Built(project: context.required(context.project, "project"), theme: context.required(context.theme, "theme"),
                      pages: context.required(context.pages, "pages"), settings: settings)
        let after = Self.fileStamps(in: output)
        let written = after.filter { before[$0.key] != $0.value }.map(\.key).sorted()
        return Update(written: written, full: true, rendered: context.summary.files,
                      placeholders: context.required(context.project, "project").errors)
    }

    /// Brings the site up to date with the content folder (and the theme folder, when
    /// `themeChanged`). Throws `SiteBuild.Stopped` on content errors, with the site as it was.
    /// `changedFiles`, the paths a watcher saw change (as it names them, under `contentRoot`),
    /// spares walking the folder when they are all entry files known before; nil walks it.
    /// `pagesWritten` hears, during an incremental update, the site paths of the pages written:
    /// first the edited entries' own pages, as soon as they are, then the others, once they all
    /// are and only the search index is still to come (when a reload shows them).
    /// `newerChanges` says whether more changes are coming: the search index, which only the
    /// latest state needs, is then left to the next update (`Update.indexLeft`).
    @discardableResult
    public func update(themeChanged: Bool = false, changedFiles: [String]? = nil,
                       pagesWritten: ([String]) -> Void = { _ in }, newerChanges: @escaping () -> Bool = { false }) throws -> Update {
        guard let previous = built, !themeChanged else { return try build() }
        let settings = settingsBytes()
        guard settings == previous.settings else { return try build() }
        var times = StepTimes()
        let project = try Project.load(contentRoot, includeDrafts: options.includeDrafts, cache: cache, previous: previous.project,
                                       changedFiles: changedFiles.flatMap(contentRelative))
        times.end("load")
        if !options.blockingErrors(project).isEmpty {
            // The last good site stays, its search index with it.
            if indexLeft, let files = BackgroundBrowserIndex.files(entries: previous.project.base.entries, layout: options.searchLayout,
                                                                   cache: indexCache, unless: { false }) {
                _ = try writeIndex(files)
            }
            throw SiteBuild.Stopped(project: project)
        }
        let change = SiteChange(old: previous.project.base, new: project.base)
        guard let edits = change.edits, let affected = change.affectedPages else { return try build() }
        built = nil  // until every file is written: a failure below means a whole build next time
        let pages = SiteContext(project: project, options: options, theme: previous.theme, reusing: (previous.pages, edits))
        times.end("prepare")
        let shared = SiteChange.sharedPages(changed: edits, itemBefore: previous.pages.itemHTML, itemAfter: pages.itemHTML)
        // The edited entries' own pages first, on their own; then the others one job at a time
        // to each core: a page made of many entries (the FAQ shows every answer) must not hold up
        // the others.
        let edited = Set(edits.map(\.after.id))
        let firstJobs = pages.pageJobs(only: affected.intersection(edited), shared: [])
        let otherJobs = pages.pageJobs(only: affected.subtracting(edited), shared: shared)
        var written: [String] = []
        for jobs in [firstJobs, otherJobs] {
            let failure = SiteWriter.FirstError()
            let paths = Parallel.map(jobs.count, chunk: 1) { (number: Int) -> String? in
                let file = jobs[number]()
                var changed = false
                failure.run { changed = try self.replace(file) }
                return changed ? file.path : nil
            }
            try failure.rethrow()
            written += paths.compactMap { $0 }
            pagesWritten(paths.compactMap { $0 })
        }
        times.end("pages (\(firstJobs.count + otherJobs.count))")
        built = Built(project: project, theme: previous.theme, pages: pages, settings: settings)
        // After the pages, not beside them: the edited page comes first, with every core.
        var indexWritten: [String] = []
        indexLeft = true
        if let files = BackgroundBrowserIndex.files(entries: project.base.entries, layout: options.searchLayout, cache: indexCache,
                                                    unless: newerChanges) {
            indexWritten = try writeIndex(files)
            indexLeft = false
        }
        times.end(indexLeft ? "search index left for newer changes" : "search index")
        return Update(written: (written + indexWritten).sorted(), full: false,
                      rendered: firstJobs.count + otherJobs.count + 1, placeholders: project.errors, stepTimes: times.steps, indexLeft: indexLeft)
    }

    /// Writes the search index's files as the build writes them (those that differ), and removes
    /// the shards it no longer has; returns the paths written or removed.
    private func writeIndex(_ files: [BrowserIndex.File]) throws -> [String] {
        var written: [String] = []
        for file in files where try replace(SiteFile(path: file.path, bytes: file.bytes)) {
            written.append(file.path)
        }
        let kept = Set(files.map(\.path))
        for name in (try? FileManager.default.contentsOfDirectory(atPath: output + "/" + BrowserIndex.shardFolder)) ?? []
        where !kept.contains(BrowserIndex.shardFolder + name) {
            try FileManager.default.removeItem(atPath: output + "/" + BrowserIndex.shardFolder + name)
            written.append(BrowserIndex.shardFolder + name)
        }
        indexLeft = false
        return written
    }

    /// When each part of an update ended.
    private struct StepTimes {
        private var last = DispatchTime.now().uptimeNanoseconds
        private(set) var steps: [(name: String, milliseconds: Double)] = []

        mutating func end(_ name: String) {
            let now = DispatchTime.now().uptimeNanoseconds
            steps.append((name, Double(now - last) / 1e6))
            last = now
        }
    }

    /// Writes `file` into the site unless it holds those bytes already; true when written. The new
    /// bytes go to a hidden file beside it, renamed over it.
    private func replace(_ file: SiteFile) throws -> Bool {
        try SiteWriter.checkRelative(file.path)
        let path = output + "/" + file.path
        if SiteWriter.same(path, file.bytes) { return false }
        let slash = path.lastIndex(of: "/")!
        let temporary = String(path[..<slash]) + "/." + String(path[path.index(after: slash)...]) + ".seam-new"
        unlink(temporary)
        try SiteWriter.writeFile(temporary, file.bytes)
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw SiteWriter.Failure(description: "\(path): cannot replace (\(SiteWriter.errorText()))")
        }
        return true
    }

    /// `paths` relative to the content folder; nil when one is not under it.
    private func contentRelative(_ paths: [String]) -> Set<String>? {
        var root = contentRoot
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        var relative: Set<String> = []
        for path in paths {
            guard path.hasPrefix(root + "/") else { return nil }
            relative.insert(String(path.dropFirst(root.count).drop { $0 == "/" }))
        }
        return relative
    }

    /// The settings and schema files as they are now: a change to either rebuilds every file.
    private func settingsBytes() -> [UInt8] {
        [Schema.fileName, SiteConfig.fileName].flatMap { name -> [UInt8] in
            let data = FileManager.default.contents(atPath: contentRoot + "/" + name)
            return Array(name.utf8) + [0] + (data.map { [1] + Array($0) } ?? [0]) + [0]
        }
    }

    /// Every file under `folder` with its inode, size and modification time, by site path: what a whole
    /// build changed.
    private static func fileStamps(in folder: String) -> [String: [Int]] {
        var stamps: [String: [Int]] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return stamps }
        while let path = walker.nextObject() as? String {
            var info = stat()
            guard lstat(folder + "/" + path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            stamps[path] = [Int(info.st_ino), Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
        }
        return stamps
    }
}
