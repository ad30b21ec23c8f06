#if canImport(Glibc)
import Foundation
import Glibc

/// Watches folders and everything under them with Linux's inotify, on a thread of its own, and
/// hands on the paths that changed in batches: after the first change it waits until the folder
/// has been quiet for `quiet` (an editor's save is often several events), at most `longest`.
/// Folders made later are watched too; hidden files and folders are ignored. When the kernel's
/// queue overflows and events are lost, the batch names each root (with a trailing `/`).
public final class InotifyWatcher: ChangeSource, @unchecked Sendable {
    public let changes: AsyncStream<[String]>
    private let continuation: AsyncStream<[String]>.Continuation
    private let descriptor: Int32
    private let lock = NSLock()
    private var folders: [Int32: String] = [:]
    private let roots: [String]
    private var stopped = false
    private var begun = 0

    /// The events that mean a file's content or a folder's listing changed.
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY)

    /// Starts watching `roots` (folders that do not exist are skipped).
    public init(roots: [String], quiet: Duration = .milliseconds(8), longest: Duration = .milliseconds(200)) throws {
        (changes, continuation) = AsyncStream.makeStream(of: [String].self)
        self.roots = roots
        descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else {
            throw WatchError(description: "cannot watch files: inotify_init1 failed (\(String(cString: strerror(errno))))")
        }
        for root in roots { addRecursively(root) }
        Thread { [self] in run(quiet: quiet, longest: longest) }.start()
    }

    public func stop() {
        lock.withLock { stopped = true }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    public var batchesBegun: Int? { lock.withLock { begun } }

    /// Watches `folder` and every folder under it. `found`, for a folder made while watching,
    /// hears the files already in it: written before its watch was added, they had no event.
    private func addRecursively(_ folder: String, found: ((String) -> Void)? = nil) {
        var info = stat()
        guard lstat(folder, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            found?(folder)
            return
        }
        let watch = inotify_add_watch(descriptor, folder, Self.mask)
        guard watch >= 0 else { return }
        lock.withLock { folders[watch] = folder }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !name.hasPrefix(".") {
            addRecursively(folder + "/" + name, found: found)
        }
    }

    /// Reads events until stopped; then closes the descriptor and ends the stream.
    private func run(quiet: Duration, longest: Duration) {
        defer {
            close(descriptor)
            continuation.finish()
        }
        let quietMilliseconds = Int32(quiet.components.seconds * 1000 + quiet.components.attoseconds / 1_000_000_000_000_000)
        let longestNanoseconds = UInt64(longest.components.seconds) * 1_000_000_000 + UInt64(longest.components.attoseconds / 1_000_000_000)
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !isStopped {
            guard wait(milliseconds: 100) else { continue }
            lock.withLock { begun += 1 }
            var batch = Set<String>()
            let first = DispatchTime.now().uptimeNanoseconds
            repeat {
                read(into: &buffer, batch: &batch)
            } while !isStopped && DispatchTime.now().uptimeNanoseconds - first < longestNanoseconds && wait(milliseconds: quietMilliseconds)
            // Events of hidden files only: no batch after all.
            if batch.isEmpty { lock.withLock { begun -= 1 } } else { continuation.yield(batch.sorted()) }
        }
    }

    /// True when events are waiting, within `milliseconds`.
    private func wait(milliseconds: Int32) -> Bool {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, milliseconds) > 0
    }

    /// Reads the waiting events into `batch`, watching any new folder.
    private func read(into buffer: inout [UInt8], batch: inout Set<String>) {
        let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return }
        var offset = 0
        while offset + MemoryLayout<inotify_event>.size <= count {
            let (watch, mask, length) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (event.wd, event.mask, Int(event.len))
            }
            let nameStart = offset + MemoryLayout<inotify_event>.size
            let nameBytes = buffer[nameStart..<(nameStart + length)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset = nameStart + length
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                // Events were lost: name every root itself, which no reader takes for one file.
                batch.formUnion(roots.map { $0 + "/" })
                continue
            }
            guard let folder = lock.withLock({ folders[watch] }) else { continue }
            if mask & UInt32(IN_IGNORED) != 0 {
                lock.withLock { _ = folders.removeValue(forKey: watch) }
                continue
            }
            guard !name.isEmpty, !name.hasPrefix(".") else { continue }
            let path = folder + "/" + name
            if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                var found: [String] = []
                addRecursively(path) { found.append($0) }
                batch.formUnion(found)
            }
            batch.insert(path)
        }
    }
}

/// Why files cannot be watched.
public struct WatchError: Error, CustomStringConvertible {
    public let description: String
}
#endif
