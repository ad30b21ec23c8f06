import Foundation
import SeamContent
import SeamText

/// Where the index of a content folder is kept, and keeping it fresh: `$SEAM_CACHE_DIR`, else
/// `$XDG_CACHE_HOME/seam`, else `~/.cache/seam`, one file per content folder (named after a hash
/// of its absolute path). Never inside the content folder. The index is rebuilt whenever the
/// folder's `ContentStamp` differs from the one stored in it.
public struct IndexStore: Sendable {
    /// The content folder as given.
    public var root: String
    /// The cache folder.
    public var cacheDirectory: String

    public init(root: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.root = root
        if let directory = environment["SEAM_CACHE_DIR"], !directory.isEmpty {
            cacheDirectory = directory
        } else if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            cacheDirectory = xdg + "/seam"
        } else if let home = environment["HOME"], !home.isEmpty {
            cacheDirectory = home + "/.cache/seam"
        } else {
            cacheDirectory = NSTemporaryDirectory() + "seam-cache"
        }
    }

    /// The absolute, resolved path of the content folder.
    var absoluteRoot: String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        if realpath(root, &buffer) != nil {
            return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        }
        return root
    }

    /// The index file for this content folder.
    public var indexPath: String {
        let hash = FNV1a.hash(absoluteRoot)
        // The magic in the name too: a seam that indexes differently never reads an older index.
        return cacheDirectory + "/" + String(decoding: SearchIndex.magic, as: UTF8.self).lowercased() + "-" + String(hash, radix: 16) + ".bin"
    }

    /// How the index was obtained.
    public enum Origin: Sendable { case cached, rebuilt }

    /// The index, from the cache when it is fresh, else rebuilt (and stored when the cache
    /// folder is writable). Throws what `KnowledgeBase.load` throws when the folder is unreadable.
    public func open() throws -> (index: SearchIndex, origin: Origin) {
        if let (cached, check) = openCached(), check.finish() { return (cached, .cached) }
        return (try rebuild(), .rebuilt)
    }

    /// The stored index with its freshness check already started, so the caller can search while
    /// the files are checked and call `check.finish()` before using the answer; nil when there is
    /// no stored index or a folder has changed.
    public func openCached() -> (index: SearchIndex, check: FreshnessCheck)? {
        guard let cached = SearchIndex(mapping: indexPath), let check = cached.freshnessCheck(root: root) else { return nil }
        return (cached, check)
    }

    /// Builds the index from the content, stores it and returns it.
    public func rebuild() throws -> SearchIndex {
        let path = indexPath
        let stamp = ContentStamp.read(root)
        let base = try KnowledgeBase.load(root)
        let bytes = IndexBuilder.file(base, stamp: stamp)
        if stamp != nil { write(bytes, to: path) }
        guard let index = SearchIndex(bytes: bytes) else { preconditionFailure("a freshly built index does not read back") }
        return index
    }

    /// Writes atomically (a temporary file renamed into place); a failure only costs speed.
    private func write(_ bytes: [UInt8], to path: String) {
        let manager = FileManager.default
        try? manager.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
        let temporary = path + ".\(getpid()).tmp"
        guard manager.createFile(atPath: temporary, contents: Data(bytes)) else { return }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }
}
