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
    /// The stamp as bytes, for the index file, laid out so that `FreshnessCheck` checks it in
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
}
