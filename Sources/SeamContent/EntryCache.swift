import Foundation

/// The entry files read by earlier loads of one knowledge base, so that loading it again (as
/// `seam serve` does after every change) reads and parses only the files that changed. A file
/// whose size, inode and times are as recorded is not opened; one whose bytes are as recorded is
/// not parsed. A time recorded within `racyWindow` of the load that read it is not trusted (file
/// times are coarse: a second write in the same tick may keep them), so such a file is read again
/// the next time. Valid for one schema and one content folder: make a new cache when either
/// changes.
public final class EntryCache: @unchecked Sendable {
    /// What `lstat` says of a file, enough to tell that it has not changed.
    struct Stamp: Equatable {
        var device: UInt64, inode: UInt64, size: Int64
        var modified: Int64, modifiedNanoseconds: Int64, changed: Int64, changedNanoseconds: Int64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            modified = Int64(info.st_mtim.tv_sec)
            modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
            changed = Int64(info.st_ctim.tv_sec)
            changedNanoseconds = Int64(info.st_ctim.tv_nsec)
        }

        /// The later of the two times, in seconds.
        var latest: Double {
            max(Double(modified) + Double(modifiedNanoseconds) / 1e9, Double(changed) + Double(changedNanoseconds) / 1e9)
        }
    }

    private struct Item {
        var stamp: Stamp?
        /// Whether `stamp` was recorded long enough after the file's last change to be trusted.
        var trusted: Bool
        var data: Data
        var kind: String
        var result: (Entry?, [Diagnostic])
    }

    /// How close to a load a file's time must be for the stamp not to be trusted, in seconds.
    static let racyWindow = 0.1

    /// The entry files of the last walk of the folder, and the problems it found (folders that
    /// are not a kind's, files that are not Markdown, refused links).
    struct Walk {
        var jobs: [ContentLoader.Job]
        var diagnostics: [Diagnostic]
        private var places: [String: Int]

        init(jobs: [ContentLoader.Job], diagnostics: [Diagnostic]) {
            self.jobs = jobs
            self.diagnostics = diagnostics
            places = Dictionary(jobs.enumerated().map { ($1.relative, $0) }, uniquingKeysWith: { first, _ in first })
        }

        /// Stamps the files `changed` again; false (and unchanged) when one of them is not an
        /// entry file of this walk (or was reached through a link), or is no longer a plain file.
        mutating func restamp(_ changed: Set<String>) -> Bool {
            var jobs = self.jobs
            for relative in changed {
                guard let place = places[relative], jobs[place].stamp != nil else { return false }
                var info = stat()
                guard lstat(jobs[place].path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
                jobs[place].stamp = Stamp(info)
            }
            self.jobs = jobs
            return true
        }
    }

    private let lock = NSLock()
    private var walk: Walk?
    private var items: [String: Item] = [:]
    /// When the current load began (seconds since 1970); whether it walked the folder, and then
    /// the files it has seen.
    private var loadStarted = 0.0
    private var walked = true
    private var seen: Set<String> = []

    public init() {}

    /// The last walk of the folder.
    var lastWalk: Walk? {
        get { lock.withLock { walk } }
        set { lock.withLock { walk = newValue } }
    }

    /// How many files the cache holds.
    public var count: Int { lock.withLock { items.count } }

    /// Begins a load; `walked` when it walked the folder (and so sees every file there is).
    func beginLoad(walked: Bool) {
        lock.withLock {
            loadStarted = Date().timeIntervalSince1970
            self.walked = walked
            seen = []
        }
    }

    /// Forgets the files a load that walked the folder did not see (deleted or renamed).
    func endLoad() {
        lock.withLock {
            if walked { items = items.filter { seen.contains($0.key) } }
            seen = []
        }
    }

    /// The entries read before for `jobs`, in order, under one lock: nil for a job whose file must
    /// be read (no stamp, or one changed or not trusted).
    func entries(_ jobs: [ContentLoader.Job]) -> [(Entry?, [Diagnostic])?] {
        lock.withLock {
            jobs.map { job in
                guard let stamp = job.stamp, let item = items[job.relative], item.trusted, item.stamp == stamp,
                      item.kind == job.kind.id else { return nil }
                if walked { seen.insert(job.relative) }
                return item.result
            }
        }
    }

    /// The entry parsed before from the same bytes of `relative`, now recorded with `stamp`.
    func entry(_ relative: String, data: Data, stamp: Stamp?, kind: Kind) -> (Entry?, [Diagnostic])? {
        lock.withLock {
            guard var item = items[relative], item.kind == kind.id, item.data == data else { return nil }
            item.stamp = stamp
            item.trusted = stamp.map { $0.latest < loadStarted - Self.racyWindow } ?? false
            items[relative] = item
            if walked { seen.insert(relative) }
            return item.result
        }
    }

    func store(_ relative: String, data: Data, stamp: Stamp?, kind: Kind, result: (Entry?, [Diagnostic])) {
        lock.withLock {
            let trusted = stamp.map { $0.latest < loadStarted - Self.racyWindow } ?? false
            items[relative] = Item(stamp: stamp, trusted: trusted, data: data, kind: kind.id, result: result)
            if walked { seen.insert(relative) }
        }
    }
}
