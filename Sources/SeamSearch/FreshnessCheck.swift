import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks a stored `ContentStamp` against the folder: the folders at once (cheap), then every file
/// on a helper thread, which the caller joins in `finish()` once it has done its own work (a
/// search can run while its index is being confirmed fresh).
public final class FreshnessCheck: @unchecked Sendable {
    private let bytes: UnsafeRawBufferPointer
    /// Keeps the memory of `bytes` alive.
    private let owner: AnyObject?
    private let table: Int
    private let count: Int
    private let descriptors: [Int32]
    private let lock = NSLock()
    private var next = 0
    private var failed = false
    private let done = DispatchGroup()
    /// Files per claim: large enough that the lock costs nothing, small enough to share the work.
    private static let chunk = 256

    /// Checks the folders; nil when one of them (or the root) has changed or the bytes are damaged.
    init?(_ bytes: UnsafeRawBufferPointer, root: String, owner: AnyObject? = nil) {
        guard let base = bytes.baseAddress else { return nil }
        var reader = ByteReader(bytes)
        guard let rootTime = reader.time(), let now = ContentStamp.statTime(AT_FDCWD, root), now.isDirectory,
              now.time == rootTime, let folderCount = reader.u32() else { return nil }
        let rootFD = open(root, O_RDONLY | O_DIRECTORY)
        guard rootFD >= 0 else { return nil }
        defer { close(rootFD) }
        var descriptors: [Int32] = []
        var ok = true
        for _ in 0..<folderCount {
            guard let length = reader.u16(), reader.offset + length + 1 <= bytes.count, bytes[reader.offset + length] == 0 else { ok = false; break }
            let name = base.advanced(by: reader.offset).assumingMemoryBound(to: CChar.self)
            reader.offset += length + 1
            guard let time = reader.time(), reader.u32() != nil else { ok = false; break }
            let fd = openat(rootFD, name, O_RDONLY | O_DIRECTORY)
            guard fd >= 0 else { ok = false; break }
            descriptors.append(fd)
            var info = stat()
            guard fstat(fd, &info) == 0, ContentStamp.time(info) == time else { ok = false; break }
        }
        guard ok, let fileCount = reader.u32(), reader.offset + 4 * fileCount <= bytes.count else {
            for fd in descriptors { close(fd) }
            return nil
        }
        self.bytes = bytes
        self.owner = owner
        self.table = reader.offset
        self.count = fileCount
        self.descriptors = descriptors
    }

    deinit { for fd in descriptors { close(fd) } }

    /// Starts checking the files on a helper thread (when there are enough to be worth one).
    public func start() {
        guard count > 1_000 else { return }
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            self.work()
            self.done.leave()
        }
    }

    /// Checks the files not yet claimed, waits for the helper, and says whether all matched.
    public func finish() -> Bool {
        work()
        done.wait()
        lock.lock()
        defer { lock.unlock() }
        return !failed
    }

    private func claim() -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        guard !failed, next < count else { return nil }
        let lower = next
        next = min(count, next + Self.chunk)
        return lower..<next
    }

    private func fail() {
        lock.lock()
        failed = true
        lock.unlock()
    }

    private func work() {
        guard let base = bytes.baseAddress else { return fail() }
        var info = stat()
        while let range = claim() {
            for number in range {
                let record = bytes.u32(at: table + 4 * number)
                guard record + 22 < bytes.count else { return fail() }
                let seconds = base.loadUnaligned(fromByteOffset: record, as: Int64.self)
                let nanoseconds = Int64(base.loadUnaligned(fromByteOffset: record + 8, as: UInt32.self))
                let size = base.loadUnaligned(fromByteOffset: record + 12, as: Int64.self)
                let folder = Int(base.loadUnaligned(fromByteOffset: record + 20, as: UInt16.self))
                guard folder < descriptors.count, bytes[(record + 22)...].contains(0) else { return fail() }
                let name = base.advanced(by: record + 22).assumingMemoryBound(to: CChar.self)
                guard fstatat(descriptors[folder], name, &info, 0) == 0,
                      ContentStamp.time(info) == ContentStamp.Time(seconds: seconds, nanoseconds: nanoseconds),
                      Int64(info.st_size) == size else { return fail() }
            }
        }
    }
}
