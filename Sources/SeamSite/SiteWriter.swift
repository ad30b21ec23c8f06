import Dispatch
import Foundation
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

    /// `.NAME.seam-lock` beside the output.
    public var lockPath: String { parts.parent + "/." + parts.name + ".seam-lock" }
    /// `.NAME.seam-tmp` beside the output: the next site while it is written.
    public var temporaryPath: String { parts.parent + "/." + parts.name + ".seam-tmp" }
    var oldPath: String { parts.parent + "/." + parts.name + ".seam-old" }

    /// Takes the lock (waiting for another build into the same folder, after calling `waiting`),
    /// checks the output folder, writes `files` beside it and swaps them in.
    public func write(_ files: [SiteFile], waiting: (() -> Void)? = nil) throws {
        let (parent, name) = parts
        guard !name.isEmpty, name != ".", name != ".." else {
            throw Failure(description: "\(output): name an output folder, such as `site`")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(description: "\(output): the folder it would go in (\(parent)) does not exist: create it first")
        }
        for file in files { try Self.checkRelative(file.path) }

        let lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lock >= 0 else { throw Failure(description: "\(lockPath): cannot create the lock file (\(Self.errorText())): check the folder's permissions") }
        defer { close(lock) }  // closing releases the lock
        if flock(lock, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else { throw Failure(description: "\(lockPath): cannot lock (\(Self.errorText()))") }
            waiting?()
            while flock(lock, LOCK_EX) != 0 {
                guard errno == EINTR else { throw Failure(description: "\(lockPath): cannot lock (\(Self.errorText()))") }
            }
        }

        try checkOutput()
        // Leftovers of a build that was killed: ours, since we hold the lock.
        try removeIfPresent(temporaryPath)
        try removeIfPresent(oldPath)
        guard mkdir(temporaryPath, 0o755) == 0 else {
            throw Failure(description: "\(temporaryPath): cannot create (\(Self.errorText())): check the folder's permissions")
        }
        do {
            // Files that are the same as in the previous site are linked, not written again: a
            // rebuild of unchanged content allocates no new inodes.
            var previous: String?
            var info = stat()
            if lstat(output, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { previous = output }
            try writeFiles(files + [SiteFile(path: Self.markerName, text: Self.markerText)], into: temporaryPath, previous: previous)
            try swapIn()
        } catch {
            try? removeIfPresent(temporaryPath)
            throw error
        }
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

    /// Writes every file under `folder`, folders first, files in parallel.
    func writeFiles(_ files: [SiteFile], into folder: String, previous: String? = nil) throws {
        var folders = Set<String>()
        for file in files {
            var path = file.path
            while let slash = path.lastIndex(of: "/") {
                path = String(path[..<slash])
                folders.insert(path)
            }
        }
        for sub in folders.sorted() where mkdir(folder + "/" + sub, 0o755) != 0 && errno != EEXIST {
            throw Failure(description: "\(folder)/\(sub): cannot create (\(Self.errorText()))")
        }
        let failure = NSLock()
        nonisolated(unsafe) var firstError: String?
        let chunk = 64
        let chunks = (files.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { number in
            for file in files[(number * chunk)..<min(files.count, (number + 1) * chunk)] {
                let path = folder + "/" + file.path
                if let previous, Self.same(previous + "/" + file.path, file.bytes), link(previous + "/" + file.path, path) == 0 {
                    continue
                }
                let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
                var ok = descriptor >= 0
                if ok {
                    ok = file.bytes.withUnsafeBytes { buffer in
                        var offset = 0
                        while offset < buffer.count {
                            let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                            if written < 0 { if errno == EINTR { continue }; return false }
                            offset += written
                        }
                        return true
                    }
                    close(descriptor)
                }
                if !ok {
                    let text = "\(path): cannot write (\(Self.errorText())): check free space and permissions"
                    failure.lock()
                    if firstError == nil { firstError = text }
                    failure.unlock()
                }
            }
        }
        if let firstError { throw Failure(description: firstError) }
    }

    /// True when the regular file at `path` holds exactly `bytes`.
    static func same(_ path: String, _ bytes: [UInt8]) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == bytes.count else { return false }
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
