import Foundation
import SeamContent
import SeamProject
import SeamSearch

extension SiteBuild {
    /// The one value the steps read and write. A field is set by the step named beside it and read
    /// by the steps after it.
    public final class Context: @unchecked Sendable {
        public let options: SiteOptions
        let report: (@Sendable (Event) -> Void)?
        /// The content folder (read by `load`).
        public internal(set) var contentRoot: String?
        /// The output folder (read by `open`); nil for a site made in memory.
        public internal(set) var output: String?
        /// The knowledge base with its charts and assessments (`load`, or given).
        public internal(set) var project: Project?
        /// Entries read by an earlier build, reused by `load` where their files have not changed.
        var entryCache: EntryCache?
        /// The browser search index, built on a thread of its own (`load`, or `searchIndex`).
        var searchIndex: BackgroundBrowserIndex?
        /// The theme (`theme`).
        var theme: Theme?
        /// What every page shares (`prepare`).
        var pages: SiteContext?
        /// Where every file goes, from any thread (`open`, or given).
        var sink: (@Sendable (SiteFile) throws -> Void)?
        /// The writer's transaction (`open`; `swap` commits it).
        var transaction: SiteWriter.Transaction?
        /// The pages written, in the order rendered (`renderPages`).
        public internal(set) var pagePaths: [String] = []
        /// Every file written.
        public internal(set) var summary = Summary(files: 0, pages: 0)

        init(options: SiteOptions, report: (@Sendable (Event) -> Void)?) {
            self.options = options
            self.report = report
        }

        /// Runs `steps` in order. On any error the search index is waited for (nothing is left
        /// running, nor writing into the temporary folder), then the transaction (if any) is
        /// abandoned, so the previous site stays.
        func run(_ steps: [Step]) throws {
            defer { searchIndex?.wait() }
            do {
                for step in steps {
                    report?(.step(step.name))
                    try step.body(self)
                }
            } catch {
                searchIndex?.wait()
                transaction?.abandon()
                throw error
            }
        }

        /// Has the search index hand its files to the sink from its own thread once they are
        /// built, unless it does already (`open` starts it; a site made in memory has no `open`).
        func startIndexWrites() {
            guard let searchIndex, !searchIndex.writingStarted, let sink else { return }
            searchIndex.write { try sink(SiteFile(path: $0.path, bytes: $0.bytes)) }
        }

        /// Hands `file` to the sink and counts it.
        func write(_ file: SiteFile) throws {
            guard let sink else { preconditionFailure("no sink: the `open` step comes before any file") }
            try sink(file)
            summary.files += 1
        }

        /// A field a step needs, set by an earlier one.
        func required<Value>(_ value: Value?, _ name: String) -> Value {
            guard let value else { preconditionFailure("\(name) is not set: a step runs before the one that sets it") }
            return value
        }
    }
}
