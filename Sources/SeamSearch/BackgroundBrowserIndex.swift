import Dispatch
import SeamContent

/// The browser index built on a thread of its own from the moment the entries are known, so that
/// it overlaps the checks and the pages of a build instead of competing with the pages alone.
public final class BackgroundBrowserIndex: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once, by the job, before `done` is left; read only after waiting on it.
    private var built: [BrowserIndex.File] = []
    /// Left when the files given to `write(through:)` are written (or one failed).
    private let writing = DispatchGroup()
    /// Set by `write(through:)` (on the caller's thread, before the job that writes starts).
    public private(set) var writingStarted = false
    /// Written once, by the writing job, before `writing` is left.
    private var writeResult: Result<Int, any Error> = .success(0)

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

    /// Hands the files to `sink` on a thread of their own as soon as they are built, while the
    /// caller goes on (a build's pages): hundreds of shard files written one after another
    /// after the pages cost a 10,000-entry build about 0.7 s on a busy disk. `written()` waits
    /// for them. Once only.
    public func write(through sink: @escaping @Sendable (BrowserIndex.File) throws -> Void) {
        precondition(!writingStarted, "the index's files are being written already")
        writingStarted = true
        writing.enter()
        done.notify(queue: .global()) {
            defer { self.writing.leave() }
            self.writeResult = Result {
                for file in self.built { try sink(file) }
                return self.built.count
            }
        }
    }

    /// How many files `write(through:)` wrote (waits for them); throws the sink's first error.
    public func written() throws -> Int {
        writing.wait()
        return try writeResult.get()
    }

    /// Waits until the jobs have ended (the index, its writing), for a caller that stops early
    /// or abandons what was written: nothing is left running, writing, nor holding memory.
    public func wait() {
        done.wait()
        writing.wait()
    }
}
