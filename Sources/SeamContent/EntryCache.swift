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

    private let lock = NSLock()
    private var items: [String: Item] = [:]
    /// When the current load began (seconds since 1970), and the files it has seen.
    private var loadStarted = 0.0
    private var seen: Set<String> = []

    public init() {}

    /// How many files the cache holds.
    public var count: Int { lock.withLock { items.count } }

    func beginLoad() {
        lock.withLock {
            loadStarted = Date().timeIntervalSince1970
            seen = []
        }
    }

    /// Forgets the files the load just ended did not see (deleted or renamed).
    func endLoad() {
        lock.withLock { items = items.filter { seen.contains($0.key) } }
    }

    /// The entry read before from `relative`, when its stamp is unchanged and trusted.
    func entry(_ relative: String, stamp: Stamp, kind: Kind) -> (Entry?, [Diagnostic])? {
        lock.withLock {
            guard let item = items[relative], item.trusted, item.stamp == stamp, item.kind == kind.id else { return nil }
            seen.insert(relative)
            return item.result
        }
    }

    /// The entry parsed before from the same bytes of `relative`, now recorded with `stamp`.
    func entry(_ relative: String, data: Data, stamp: Stamp?, kind: Kind) -> (Entry?, [Diagnostic])? {
        lock.withLock {
            guard var item = items[relative], item.kind == kind.id, item.data == data else { return nil }
            item.stamp = stamp
            item.trusted = stamp.map { $0.latest < loadStarted - Self.racyWindow } ?? false
            items[relative] = item
            seen.insert(relative)
            return item.result
        }
    }

    func store(_ relative: String, data: Data, stamp: Stamp?, kind: Kind, result: (Entry?, [Diagnostic])) {
        lock.withLock {
            let trusted = stamp.map { $0.latest < loadStarted - Self.racyWindow } ?? false
            items[relative] = Item(stamp: stamp, trusted: trusted, data: data, kind: kind.id, result: result)
            seen.insert(relative)
        }
    }
}
