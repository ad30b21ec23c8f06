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

    /// True when the folder at `root` still matches this stamp. Checks the folders first (cheap),
    /// then every file, on two threads.
    public func matches(_ root: String) -> Bool {
        guard let now = Self.statTime(AT_FDCWD, root), now.time == rootTime, now.isDirectory else { return false }
        let rootFD = open(root, O_RDONLY | O_DIRECTORY)
        guard rootFD >= 0 else { return false }
        defer { close(rootFD) }
        var descriptors: [Int32] = []
        defer { for fd in descriptors { close(fd) } }
        var work: [(fd: Int32, file: File)] = []
        work.reserveCapacity(folders.reduce(0) { $0 + $1.files.count })
        for folder in folders {
            let fd = folder.name.withUnsafeBufferPointer { Self.withCString($0) { openat(rootFD, $0, O_RDONLY | O_DIRECTORY) } }
            guard fd >= 0 else { return false }
            descriptors.append(fd)
            var info = stat()
            guard fstat(fd, &info) == 0, Self.time(info) == folder.time else { return false }
            for file in folder.files { work.append((fd, file)) }
        }
        let job = StatJob(work: work, parts: work.count > 2_000 ? 2 : 1)
        DispatchQueue.concurrentPerform(iterations: job.parts) { job.run(part: $0) }
        return job.results.allSatisfy { $0 }
    }

    /// Stats a share of the files on one thread; each thread writes only its own result slot.
    private final class StatJob: @unchecked Sendable {
        let work: [(fd: Int32, file: File)]
        let parts: Int
        let slots: UnsafeMutablePointer<Bool>

        init(work: [(fd: Int32, file: File)], parts: Int) {
            self.work = work
            self.parts = parts
            slots = .allocate(capacity: parts)
            slots.initialize(repeating: true, count: parts)
        }

        deinit { slots.deallocate() }

        var results: [Bool] { (0..<parts).map { slots[$0] } }

        func run(part: Int) {
            let lower = work.count * part / parts, upper = work.count * (part + 1) / parts
            var info = stat()
            var ok = true
            for index in lower..<upper {
                let item = work[index]
                let found = item.file.cName.withUnsafeBufferPointer { fstatat(item.fd, $0.baseAddress!, &info, 0) } == 0
                if !found || ContentStamp.time(info) != item.file.time || Int64(info.st_size) != item.file.size {
                    ok = false
                    break
                }
            }
            slots[part] = ok
        }
    }

    fileprivate static func withCString<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafePointer<CChar>) -> R) -> R {
        var buffer = [CChar](repeating: 0, count: bytes.count + 1)
        for index in 0..<bytes.count { buffer[index] = CChar(bitPattern: bytes[index]) }
        return buffer.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    fileprivate static func time(_ info: stat) -> Time {
        #if canImport(Darwin)
        return Time(seconds: Int64(info.st_mtimespec.tv_sec), nanoseconds: Int64(info.st_mtimespec.tv_nsec))
        #else
        return Time(seconds: Int64(info.st_mtim.tv_sec), nanoseconds: Int64(info.st_mtim.tv_nsec))
        #endif
    }

    private static func statTime(_ fd: Int32, _ path: String) -> (time: Time, size: Int64, isDirectory: Bool)? {
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
    /// The stamp as bytes, for the index file.
    func encoded() -> [UInt8] {
        var writer = ByteWriter()
        writer.time(rootTime)
        writer.varint(folders.count)
        for folder in folders {
            writer.bytes(folder.name)
            writer.time(folder.time)
            writer.varint(folder.files.count)
            for file in folder.files {
                writer.bytes(file.name)
                writer.time(file.time)
                writer.varint(Int(file.size))
            }
        }
        return writer.data
    }

    /// Reads a stamp written by `encoded()`; nil when the bytes are damaged.
    static func decode(_ reader: inout ByteReader) -> ContentStamp? {
        guard let rootTime = reader.time(), let folderCount = reader.varint() else { return nil }
        var folders: [Folder] = []
        for _ in 0..<folderCount {
            guard let name = reader.bytes(), let time = reader.time(), let count = reader.varint() else { return nil }
            var files: [File] = []
            files.reserveCapacity(count)
            for _ in 0..<count {
                guard let fileName = reader.bytes(), let fileTime = reader.time(), let size = reader.varint() else { return nil }
                files.append(File(name: fileName, time: fileTime, size: Int64(size)))
            }
            folders.append(Folder(name: name, time: time, files: files))
        }
        return ContentStamp(rootTime: rootTime, folders: folders)
    }
}
