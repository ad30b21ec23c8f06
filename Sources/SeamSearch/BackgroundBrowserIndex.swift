import Dispatch
import SeamContent

/// The browser index built on a thread of its own from the moment the entries are known, so that
/// it overlaps the checks and the pages of a build instead of competing with the pages alone.
public final class BackgroundBrowserIndex: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once, by the job, before `done` is left; read only after waiting on it.
    private var built: [BrowserIndex.File] = []

    /// Starts building the index of `entries` (sorted by id, one per id) in `layout`.
    public init(entries: [Entry], layout: BrowserIndex.Layout = .automatic) {
        DispatchQueue.global().async(group: done) { self.built = Self.files(IndexBuilder.build(entries: entries), layout) }
    }

    /// Starts building the index of `base` (with its problems, as `BrowserIndex.script(base)`) in `layout`.
    public init(_ base: KnowledgeBase, layout: BrowserIndex.Layout = .automatic) {
        DispatchQueue.global().async(group: done) { self.built = Self.files(IndexBuilder.build(base), layout) }
    }

    /// The index's files of `entries` in `layout` as `files` gives them, built on the calling
    /// thread from what `cache` kept of the last build; nil as soon as `stop` says they are no
    /// longer wanted (`seam serve`, when newer changes are coming).
    public static func files(entries: [Entry], layout: BrowserIndex.Layout, cache: IndexBuildCache,
                             unless stop: @escaping () -> Bool) -> [BrowserIndex.File]? {
        cache.build(entries: entries, unless: stop).map { files($0, layout) }
    }

    /// The index's files in `layout`, then the related words (`assets/search-related.js`).
    static func files(_ data: IndexData, _ layout: BrowserIndex.Layout) -> [BrowserIndex.File] {
        BrowserIndex.files(data, layout: layout)
            + [BrowserIndex.File(path: "assets/search-related.js", bytes: Array(BrowserIndex.relatedScript(data).utf8))]
    }

    /// The files, once built (waits for them): `assets/search-index.js`, the shards if any, and
    /// `assets/search-related.js`.
    public var files: [BrowserIndex.File] {
        done.wait()
        return built
    }

    /// Waits until the job has ended, for a caller that stops early: nothing is left running
    /// (nor holding memory) when the process exits.
    public func wait() { done.wait() }
}
