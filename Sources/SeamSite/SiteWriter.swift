import ConcurrencyExtras
import Dispatch
import Foundation
import SeamContent
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a site safely: under an exclusive lock beside the output folder, into a temporary
/// sibling folder, then swapped in whole, so that a failed or killed build leaves the previous
/// site as it was. A marker file tells folders made by `seam build` from others, which it refuses
/// to write over. Nothing is written outside the output folder, its temporary sibling and the lock.
public struct SiteWriter: Sendable {
    /// The file in every site folder that `seam build` made.
    public static let markerName = ".seam-site"
    static let markerText = "This folder was written by `seam build`, which replaces it whole on the next build.\n"

    /// A reason the site cannot be written; the message says what to do.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The output folder, as given.
    public let output: String

    public init(output: String) { self.output = output }

    /// The folder the output lives in, and the output's own name.
    var parts: (parent: String, name: String) {
        var path = output
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let parent = String(path[..<slash])
        return (parent.isEmpty ? "/" : parent, String(path[path.index(after: slash)...]))
    }

    /// `.NAME.seam-lock` beside the output, there while a build holds it.
    public var lockPath: String { parts.parent + "/." + parts.name + ".seam-lock" }
    /// `.NAME.seam-tmp` beside the output: the next site while it is written.
    public var temporaryPath: String { parts.parent + "/." + parts.name + ".seam-tmp" }
    var oldPath: String { parts.parent + "/." + parts.name + ".seam-old" }

    /// Takes the lock (waiting for another build into the same folder, after calling `waiting`),
    /// checks the output folder, writes `files` beside it and swaps them in.
    public func write(_ files: [SiteFile], waiting: (() -> Void)? = nil) throws {
        for file in files { try Self.checkRelative(file.path) }
        let transaction = try begin(waiting: waiting)
        do {
            let failure = FirstError()
            _ = Parallel.map(files.count) { index in failure.run { try transaction.add(files[index]) } }
            try failure.rethrow()
            try transaction.commit()
        } catch {
            transaction.abandon()
            throw error
        }
    }

    /// Takes the lock (waiting for another build into the same folder, after calling `waiting`),
    /// checks the output folder and makes the empty temporary folder beside it, for files to be
    /// added as they are made; `commit` swaps them in, `abandon` (or an error) leaves the
    /// previous site as it was.
    public func begin(waiting: (() -> Void)? = nil) throws -> Transaction {
        let (parent, name) = parts
        guard !name.isEmpty, name != ".", name != ".." else {
            throw Failure(description: "\(output): name an output folder, such as `site`")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(description: "\(output): the folder it would go in (\(parent)) does not exist: create it first")
        }
        let lock = try acquireLock(waiting: waiting)
        do {
            try checkOutput()
            // Leftovers of a build that was killed: ours, since we hold the lock.
            try removeIfPresent(temporaryPath)
            try removeIfPresent(oldPath)
            guard mkdir(temporaryPath, 0o755) == 0 else {
                throw Failure(description: "\(temporaryPath): cannot create (\(Self.errorText())): check the folder's permissions")
            }
        } catch {
            releaseLock(lock)
            throw error
        }
        // Files that are the same as in the previous site are linked, not written again: a
        // rebuild of unchanged content allocates no new inodes.
        var info = stat()
        let previous = lstat(output, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR ? output : nil
        return Transaction(writer: self, lock: lock, previous: previous)
    }

    /// One build's writing: files go into the temporary folder, from any thread.
    public final class Transaction: @unchecked Sendable {
        let writer: SiteWriter
        private let lock: Int32
        private let previous: String?
        private let folders = NSLock()
        private var made: Set<String> = []
        private var finished = false

        init(writer: SiteWriter, lock: Int32, previous: String?) {
            self.writer = writer
            self.lock = lock
            self.previous = previous
        }

        deinit {
            if !finished { abandon() }
        }

        /// Writes `file` into the temporary folder (or links the previous site's identical file).
        public func add(_ file: SiteFile) throws {
            try SiteWriter.checkRelative(file.path)
            let folder = writer.temporaryPath
            if let slash = file.path.lastIndex(of: "/") {
                try makeFolders(String(file.path[..<slash]), in: folder)
            }
            let path = folder + "/" + file.path
            if let previous, SiteWriter.same(previous + "/" + file.path, file.bytes), link(previous + "/" + file.path, path) == 0 {
                return
            }
            try SiteWriter.writeFile(path, file.bytes)
        }

        /// Adds the marker and swaps the new site in; the lock is released.
        public func commit() throws {
            defer { finish() }
            do {
                try SiteWriter.writeFile(writer.temporaryPath + "/" + SiteWriter.markerName, Array(SiteWriter.markerText.utf8))
                try writer.swapIn()
            } catch {
                try? writer.removeIfPresent(writer.temporaryPath)
                throw error
            }
        }

        /// Removes what was written; the previous site stays as it was; the lock is released.
        public func abandon() {
            guard !finished else { return }
            try? writer.removeIfPresent(writer.temporaryPath)
            finish()
        }

        private func finish() {
            guard !finished else { return }
            finished = true
            writer.releaseLock(lock)
        }

        private func makeFolders(_ relative: String, in root: String) throws {
            folders.lock()
            defer { folders.unlock() }
            guard !made.contains(relative) else { return }
            var path = ""
            for part in relative.split(separator: "/") {
                path += path.isEmpty ? String(part) : "/" + part
                if made.contains(path) { continue }
                if mkdir(root + "/" + path, 0o755) != 0 && errno != EEXIST {
                    throw Failure(description: "\(root)/\(path): cannot create (\(SiteWriter.errorText()))")
                }
                made.insert(path)
            }
        }
    }

    /// Writes `bytes` to a new file at `path`.
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw Failure(description: "\(path): cannot write (\(errorText())): check free space and permissions")
        }
        defer { close(descriptor) }
        let ok = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { if errno == EINTR { continue }; return false }
                offset += written
            }
            return true
        }
        if !ok { throw Failure(description: "\(path): cannot write (\(errorText())): check free space and permissions") }
    }

    /// The first error of work done on many threads.
    final class FirstError: Sendable {
        private let error = LockIsolated<Error?>(nil)

        var failed: Bool { error.value != nil }

        func run(_ body: () throws -> Void) {
            guard !failed else { return }
            do { try body() } catch let thrown {
                error.withValue { if $0 == nil { $0 = thrown } }
            }
        }

        func rethrow() throws {
            if let error = error.value { throw error }
        }
    }

    /// Opens and locks `.NAME.seam-lock` beside the output, waiting (after calling `waiting`,
    /// once) while another build holds it. The holder removes the file when it is done, so a
    /// lock taken on a file that is no longer at the path is dropped and taken again.
    func acquireLock(waiting: (() -> Void)?) throws -> Int32 {
        var told = false
        while true {
            let lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard lock >= 0 else {
                throw Failure(description: "\(lockPath): cannot create the lock file (\(Self.errorText())): check the folder's permissions")
            }
            if flock(lock, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK else {
                    close(lock)
                    throw Failure(description: "\(lockPath): cannot lock (\(Self.errorText()))")
                }
                if !told { waiting?(); told = true }
                while flock(lock, LOCK_EX) != 0 {
                    guard errno == EINTR else {
                        close(lock)
                        throw Failure(description: "\(lockPath): cannot lock (\(Self.errorText()))")
                    }
                }
            }
            var held = stat(), named = stat()
            if fstat(lock, &held) == 0, lstat(lockPath, &named) == 0, held.st_ino == named.st_ino, held.st_dev == named.st_dev {
                return lock
            }
            close(lock)  // the previous holder removed it: lock the new one
        }
    }

    /// Removes the lock file and releases the lock, so no file is left beside the output.
    func releaseLock(_ lock: Int32) {
        unlink(lockPath)
        close(lock)
    }

    /// Refuses an output that is not a folder, or a non-empty folder without the marker.
    func checkOutput() throws {
        var info = stat()
        guard lstat(output, &info) == 0 else {
            if errno == ENOENT { return }
            throw Failure(description: "\(output): cannot read (\(Self.errorText()))")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw Failure(description: "\(output) exists and is not a folder: choose another --output")
        }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        if contents.isEmpty || contents.contains(Self.markerName) { return }
        throw Failure(description: "\(output) is not empty and was not made by `seam build` (it has no \(Self.markerName) file): "
            + "choose another --output, or empty the folder first; seam build will not write over it")
    }

    /// True when the regular file at `path` holds exactly `bytes`.
    static func same(_ path: String, _ bytes: [UInt8]) -> Bool {
        var info = stat()
        // One link only: a file also linked from elsewhere (a tampered site) is written anew.
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_nlink == 1,
              Int(info.st_size) == bytes.count else { return false }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: bytes.count + 1)
        var total = 0
        while total < buffer.count {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + total, $0.count - total) }
            if count < 0 { if errno == EINTR { continue }; return false }
            if count == 0 { break }
            total += count
        }
        return total == bytes.count && buffer[..<total].elementsEqual(bytes)
    }

    /// Puts the written site in place of the old one: one atomic exchange where the system has
    /// it, else two renames; then removes the old site.
    func swapIn() throws {
        var info = stat()
        if lstat(output, &info) != 0 {
            guard rename(temporaryPath, output) == 0 else {
                throw Failure(description: "\(output): cannot move the new site in place (\(Self.errorText()))")
            }
            return
        }
        if let exchange = Self.renameExchange, exchange(AT_FDCWD, temporaryPath, AT_FDCWD, output, 2 /* RENAME_EXCHANGE */) == 0 {
            try removeIfPresent(temporaryPath)  // now the old site
            return
        }
        guard rename(output, oldPath) == 0 else {
            throw Failure(description: "\(output): cannot move the old site aside (\(Self.errorText()))")
        }
        guard rename(temporaryPath, output) == 0 else {
            _ = rename(oldPath, output)
            throw Failure(description: "\(output): cannot move the new site in place (\(Self.errorText()))")
        }
        try removeIfPresent(oldPath)
    }

    typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// Linux's `renameat2`, looked up at run time (Swift's Glibc module does not declare it).
    static let renameExchange: RenameAt2? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()

    func removeIfPresent(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            throw Failure(description: "\(path): cannot remove (\(error.localizedDescription))")
        }
    }

    /// A site path must stay inside the site: relative, no `..` or empty parts.
    static func checkRelative(_ path: String) throws {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"),
              parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }),
              !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" }) else {
            throw Failure(description: "refusing to write `\(path)`: a site file must stay inside the output folder")
        }
    }

    static func errorText() -> String { String(cString: strerror(errno)) }
}
