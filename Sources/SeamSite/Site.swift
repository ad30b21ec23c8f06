import ConcurrencyExtras
import SeamContent
import SeamProject

/// A static explainer site made in memory, by the render steps of `SiteBuild` (for tests and for
/// programs that write the files themselves). `seam build` runs `SiteBuild.run`, which writes them.
public struct Site: Sendable {
    /// Every file, sorted by path.
    public let files: [SiteFile]
    /// How many of them are HTML pages.
    public var pageCount: Int { files.filter { $0.path.hasSuffix(".html") }.count }

    /// Renders the site of `project` (which must have no errors) in memory.
    public static func render(_ project: Project, options: SiteOptions = SiteOptions()) throws -> Site {
        let collected = LockIsolated<[SiteFile]>([])
        try render(project, options: options) { file in collected.withValue { $0.append(file) } }
        return Site(files: collected.value.sorted { $0.path < $1.path })
    }

    /// Renders the site of `project` (which must have no errors), handing every file to `sink` as
    /// soon as it is made, from several threads at once. The first error of `sink` stops it.
    @discardableResult
    public static func render(_ project: Project, options: SiteOptions = SiteOptions(),
                              into sink: @escaping @Sendable (SiteFile) throws -> Void) throws -> SiteBuild.Summary {
        let context = SiteBuild.Context(options: options, report: nil)
        context.project = project
        context.sink = sink
        try context.run(SiteBuild.renderSteps)
        return context.summary
    }

}
