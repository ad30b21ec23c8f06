import Dispatch
import SeamContent
import SeamSite
import ServiceLifecycle

/// The preview's rebuild loop: builds the site once, then after every batch of changes brings it
/// up to date (`IncrementalSite`) and tells the open pages (`ReloadEvents`): reload when files
/// changed, the errors while the content has them (the last good site stays served), nothing more
/// once fixed. Runs as a service beside the HTTP server, and ends the pages' event streams first
/// when the server stops, so that stopping never waits on an open page.
public final class LivePreview: Service, @unchecked Sendable {
    public let site: IncrementalSite
    public let events: ReloadEvents
    private let source: any ChangeSource
    /// The theme folder, if any: a change under it reloads the theme.
    private let themeFolder: String?
    private let report: @Sendable (Report) -> Void
    /// The batches taken from the source (by the one loop that calls `changed`).
    private var taken = 0

    /// What the loop tells the terminal.
    public enum Report: Sendable {
        /// A build or an update ended, after `milliseconds`.
        case built(IncrementalSite.Update, milliseconds: Double)
        /// The content has errors (and its warnings): the last good site stays.
        case stopped(errors: Int, diagnostics: [Diagnostic])
        /// The site cannot be written, or the theme read.
        case failed(String)
    }

    public init(site: IncrementalSite, events: ReloadEvents = ReloadEvents(), source: any ChangeSource,
                report: @escaping @Sendable (Report) -> Void) {
        self.site = site
        self.events = events
        self.source = source
        self.themeFolder = site.options.themeFolder.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        self.report = report
    }

    /// Builds the whole site (before the server starts); false when the content has errors.
    @discardableResult
    public func buildFirst() -> Bool {
        rebuild { _ in try self.site.build() }
    }

    /// Brings the site up to date after `changed` (paths), and tells the pages: the edited
    /// entries' pages reload as soon as they are written, the other pages written as soon as
    /// they all are, while the search index is still being written.
    @discardableResult
    public func changed(_ paths: [String]) -> Bool {
        taken += 1
        let theme = themeFolder.map { folder in paths.contains { $0.hasPrefix(folder) } } ?? false
        let source = self.source, taken = self.taken
        return rebuild { reloaded in
            try self.site.update(themeChanged: theme, changedFiles: paths, pagesWritten: { pages in
                guard !pages.isEmpty else { return }
                self.events.reload(pages: pages)
                reloaded = true
            }, newerChanges: { (source.batchesBegun ?? 0) > taken })
        }
    }

    public func run() async throws {
        let source = self.source
        let events = self.events
        await withGracefulShutdownHandler {
            for await batch in source.changes { changed(batch) }
        } onGracefulShutdown: {
            source.stop()
            events.close()
        }
        events.close()
    }

    private func rebuild(_ body: (inout Bool) throws -> IncrementalSite.Update) -> Bool {
        let start = DispatchTime.now().uptimeNanoseconds
        var reloaded = false
        do {
            let update = try body(&reloaded)
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            if update.placeholders.isEmpty {
                events.clearProblems()
            } else {
                events.show(problems: update.placeholders.map(\.description), placeholdersOnly: true)
            }
            if !update.written.isEmpty && !reloaded { events.reload() }
            report(.built(update, milliseconds: milliseconds))
            return true
        } catch let stopped as SiteBuild.Stopped {
            let errors = stopped.project.errors
            events.show(problems: errors.map(\.description))
            report(.stopped(errors: errors.count, diagnostics: stopped.project.diagnostics))
        } catch let error as DiagnosticError {
            events.show(problems: error.diagnostics.map(\.description))
            report(.stopped(errors: error.diagnostics.count, diagnostics: error.diagnostics))
        } catch {
            events.show(problems: ["\(error)"])
            report(.failed("\(error)"))
        }
        return false
    }
}
