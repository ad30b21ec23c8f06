import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the content folder looked like when an index was built: the modification times of the
/// folder and of every folder in it (which change when a file is added, removed or renamed) and
/// the modification time and size of every file in those folders (which change when a file is
/// edited in place). An index whose stamp differs from the folder's is rebuilt, so a search never
/// answers from stale content.
public struct ContentStamp: Sendable, Hashable {
    struct Time: Sendable, Hashable {
        var seconds: Int64
        var nanoseconds: Int64
    }

    struct File: Sendable, Hashable {
        var name: [UInt8]
        var time: Time
        var size: Int64

        init(name: [UInt8], time: Time, size: Int64) {
            self.name = name
            self.time = time
            self.size = size
            cName = name.map { CChar(bitPattern: $0) } + [0]
        }

        /// The name with a terminating NUL, for `fstatat`.
        let cName: [CChar]
    }

    struct Folder: Sendable, Hashable {
        var name: [UInt8]
        var time: Time
        var files: [File]
    }

    var rootTime: Time
    var folders: [Folder]

    /// Reads the stamp of the folder at `root`; nil when it cannot be read.
    public static func read(_ root: String) -> ContentStamp? {
        guard let rootTime = statTime(AT_FDCWD, root)?.time else { return nil }
        let rootFD = open(root, O_RDONLY | O_DIRECTORY)
        guard rootFD >= 0 else { return nil }
        defer { close(rootFD) }
        var folders: [Folder] = []
        for name in listNames(rootFD) {
            guard let info = statTime(rootFD, name), info.isDirectory else { continue }
            let folderFD = name.withCString { openat(rootFD, $0, O_RDONLY | O_DIRECTORY) }
            guard folderFD >= 0 else { continue }
            defer { close(folderFD) }
            var files: [File] = []
            for file in listNames(folderFD) {
                guard let fileInfo = statTime(folderFD, file) else { continue }
                files.append(File(name: Array(file.utf8), time: fileInfo.time, size: fileInfo.size))
            }
            folders.append(Folder(name: Array(name.utf8), time: info.time, files: files))
        }
        return ContentStamp(rootTime: rootTime, folders: folders)
    }

    fileprivate static func withCString<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafePointer<CChar>) -> R) -> R {
        var buffer = [CChar](repeating: 0, count: bytes.count + 1)
        for index in 0..<bytes.count { buffer[index] = CChar(bitPattern: bytes[index]) }
        return buffer.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    static func time(_ info: stat) -> Time {
        #if canImport(Darwin)
        return Time(seconds: Int64(info.st_mtimespec.tv_sec), nanoseconds: Int64(info.st_mtimespec.tv_nsec))
        #else
        return Time(seconds: Int64(info.st_mtim.tv_sec), nanoseconds: Int64(info.st_mtim.tv_nsec))
        #endif
    }

    static func statTime(_ fd: Int32, _ path: String) -> (time: Time, size: Int64, isDirectory: Bool)? {
        var info = stat()
        guard path.withCString({ fstatat(fd, $0, &info, 0) }) == 0 else { return nil }
        return (time(info), Int64(info.st_size), (info.st_mode & S_IFMT) == S_IFDIR)
    }

    /// Names in a folder, without dot files, sorted.
    private static func listNames(_ fd: Int32) -> [String] {
        let copy = dup(fd)
        guard copy >= 0, let directory = fdopendir(copy) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }
}

extension ContentStamp {
    /// The stamp as bytes, for the index file, laid out so that `matches(_:root:)` checks it in
    /// place: root time; u32 folder count; per folder u16 name length, name, NUL, time, u32 file
    /// count; u32 file count; u32 offset of each file record; then each file record: time, i64
    /// size, u16 folder number, name, NUL. A time is i64 seconds and u32 nanoseconds.
    func encoded() -> [UInt8] {
        var writer = ByteWriter()
        writer.time(rootTime)
        writer.u32(folders.count)
        for folder in folders {
            writer.u16(folder.name.count)
            writer.data += folder.name + [0]
            writer.time(folder.time)
            writer.u32(folder.files.count)
        }
        let fileCount = folders.reduce(0) { $0 + $1.files.count }
        writer.u32(fileCount)
        var records = ByteWriter()
        var offsets: [Int] = []
        let recordsStart = writer.data.count + 4 * fileCount
        for (number, folder) in folders.enumerated() {
            for file in folder.files {
                offsets.append(recordsStart + records.data.count)
                records.time(file.time)
                records.signed(file.size)
                records.u16(number)
                records.data += file.name + [0]
            }
        }
        for offset in offsets { writer.u32(offset) }
        return writer.data + records.data
    }

    /// True when the folder at `root` still matches the stamp stored in `bytes`.
    static func matches(_ bytes: UnsafeRawBufferPointer, root: String) -> Bool {
        guard let check = FreshnessCheck(bytes, root: root) else { return false }
        check.start()
        return check.finish()
    }

}

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
