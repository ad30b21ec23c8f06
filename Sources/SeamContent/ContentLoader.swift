import Foundation

/// Finds and reads the entry files of a content folder. Reads nothing outside the folder,
/// refuses oversized files before reading them, and never writes.
struct ContentLoader {
    /// The content folder as the user gave it (used in diagnostic paths).
    var displayRoot: String
    var rootURL: URL
    var maximumFileSize: Int
    var schema: Schema
    var diagnostics: [Diagnostic] = []
    /// The entry files that could not be read (paths relative to the root): the cause of their
    /// own errors, so that links to them are not reported again.
    var failed: Set<String> = []
    /// Entries read before (`seam serve`), reused when their files have not changed.
    var cache: EntryCache?

    init(displayRoot: String, maximumFileSize: Int, schema: Schema) {
        let trimmed = Self.trimmed(displayRoot)
        self.displayRoot = trimmed
        self.rootURL = URL(fileURLWithPath: trimmed).standardizedFileURL.resolvingSymlinksInPath()
        self.maximumFileSize = maximumFileSize
        self.schema = schema
    }

    /// The folder as given, without trailing slashes.
    static func trimmed(_ root: String) -> String {
        var trimmed = root
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed
    }

    func display(_ relative: String) -> String { displayRoot == "." ? relative : "\(displayRoot)/\(relative)" }

    mutating func error(_ relative: String, _ message: String, line: Int = 1, column: Int = 1, severity: Diagnostic.Severity = .error) {
        diagnostics.append(Diagnostic(path: display(relative), line: line, column: column, severity: severity, message: message))
    }

    /// An entry file to read: its absolute path, its kind, and what `lstat` said of it (nil for
    /// a file reached through a symbolic link).
    struct Job {
        var path: String
        var relative: String
        var kind: Kind
        var stamp: EntryCache.Stamp?
    }

    /// Reads every entry file; problems become diagnostics. Throws only when the folder itself
    /// cannot be read. With `changedFiles` (paths relative to the root, from a file watcher) and
    /// a cache that holds the last walk of the folder, the folder is not walked again when every
    /// path changed is an entry file of that walk and still a plain file: only those files are
    /// looked at, the others are taken from the cache. Any other path (a new, deleted or renamed
    /// file, a folder) walks the folder.
    mutating func load(changedFiles: Set<String>? = nil) throws -> [Entry] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: rootURL.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError([Diagnostic(path: displayRoot, message:
                "no content folder here: create it, or pass the knowledge base's folder with --content DIR")])
        }
        if let changedFiles, var walk = cache?.lastWalk, walk.restamp(changedFiles) {
            cache?.lastWalk = walk
            diagnostics += walk.diagnostics
            return readEntries(walk.jobs, walked: false)
        }
        let jobs = try walk()
        cache?.lastWalk = EntryCache.Walk(jobs: jobs, diagnostics: diagnostics)
        return readEntries(jobs, walked: true)
    }

    /// The entry files of the folder, in the order their entries are kept (see `uniqueEntries`).
    private mutating func walk() throws -> [Job] {
        var jobs: [Job] = []
        // Kind folders in the order of the schema, so that of two files with one id the first kept
        // is the one of the earlier kind; then everything else (top-level pages among it), by name.
        let kindOrder = Dictionary(uniqueKeysWithValues: schema.kinds.enumerated().map { ($1.folder, $0) })
        // Paths joined as strings: a URL per file parsed and checked each path again.
        let root = rootURL.path.hasSuffix("/") ? rootURL.path : rootURL.path + "/"
        let names = try sortedNames(root).map(\.name).sorted { (kindOrder[$0] ?? Int.max, $0) < (kindOrder[$1] ?? Int.max, $1) }
        for name in names where !name.hasPrefix(".") {
            let folder = root + name
            guard let resolved = insideRoot(folder, relative: name) else { continue }
            if !resolved.isDirectory {
                // A Markdown file at the top is a page outside any kind (an introduction, an
                // about page); the README is for the knowledge base's authors, not its readers.
                if name != "README.md" && name.hasSuffix(".md") { jobs.append(Job(path: resolved.path, relative: name, kind: Kind.page, stamp: resolved.stamp)) }
                continue
            }
            guard let kind = schema.kind(folder: name) else {
                let folders = schema.kinds.map(\.folder)
                let close = EditDistance.suggestions(for: name, in: folders, count: 1)
                error(name, "`\(name)/` is not a kind's folder\(close.first.map { " (did you mean `\($0)/`?)" } ?? ""): "
                    + "declare a kind with `folder: \(name)` in \(Schema.fileName), or use one of \(folders.map { "`\($0)/`" }.joined(separator: ", "))")
                continue
            }
            for (file, isPlainFile) in try sortedNames(folder) where !file.hasPrefix(".") {
                let relative = "\(name)/\(file)"
                let path = folder + "/" + file
                // Without a cache no stamp is wanted: a plain file as the folder lists it needs no
                // `lstat` of its own (10,000 of them were most of the walk, on one core).
                let plain: (path: String, isDirectory: Bool, stamp: EntryCache.Stamp?)? = cache == nil && isPlainFile ? (path, false, nil) : nil
                guard let fileInfo = plain ?? insideRoot(path, relative: relative) else { continue }
                if fileInfo.isDirectory {
                    error(relative, "folders inside a kind folder are not read: move its entries up into \(name)/", severity: .warning)
                    continue
                }
                guard file.hasSuffix(".md") else {
                    error(relative, "not a Markdown file (.md), so not an entry; it is ignored", severity: .warning)
                    continue
                }
                jobs.append(Job(path: fileInfo.path, relative: relative, kind: kind, stamp: fileInfo.stamp))
            }
        }
        return jobs
    }

    /// Reads the files of `jobs` (or takes them from the cache); problems become diagnostics.
    /// `walked`: the jobs are every file of the folder (the cache then forgets the others).
    private mutating func readEntries(_ jobs: [Job], walked: Bool) -> [Entry] {
        cache?.beginLoad(walked: walked)
        let known = cache?.entries(jobs) ?? Array(repeating: nil, count: jobs.count)
        // The other files are read and parsed in parallel; results keep the order of `jobs`.
        let reading = jobs.indices.filter { known[$0] == nil }
        let reader = self
        let read = Parallel.map(reading.count) { number in
            let job = jobs[reading[number]]
            return reader.readEntry(job.path, relative: job.relative, kind: job.kind, stamp: job.stamp)
        }
        cache?.endLoad()
        var results = known
        for (place, result) in zip(reading, read) { results[place] = result }
        var entries: [Entry] = []
        for (job, result) in zip(jobs, results) {
            guard let (entry, problems) = result else { continue }
            diagnostics += problems
            if let entry { entries.append(entry) } else { failed.insert(job.relative) }
        }
        return entries
    }

    /// The names in the folder at `path`, sorted, each with whether the folder lists it as a plain
    /// file (`d_type`; false when the file system does not say, or for anything else).
    private func sortedNames(_ path: String) throws -> [(name: String, isPlainFile: Bool)] {
        guard let folder = opendir(path) else {
            // The error Foundation gives for the folder (missing, not a folder, not readable).
            return try FileManager.default.contentsOfDirectory(atPath: path).sorted().map { ($0, false) }
        }
        defer { closedir(folder) }
        var names: [(name: String, isPlainFile: Bool)] = []
        while let entry = readdir(folder) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            names.append((name, entry.pointee.d_type == UInt8(DT_REG)))
        }
        return names.sorted { $0.name < $1.name }
    }

    /// What the file at `path` is, following a symbolic link only when it is one (a single
    /// `lstat` for the usual file); refuses a link that lands outside the content folder, or nowhere.
    private mutating func insideRoot(_ path: String, relative: String) -> (path: String, isDirectory: Bool, stamp: EntryCache.Stamp?)? {
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFLNK {
            return (path, info.st_mode & S_IFMT == S_IFDIR, EntryCache.Stamp(info))
        }
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let rootPath = rootURL.path.hasSuffix("/") ? rootURL.path : rootURL.path + "/"
        guard resolved.path.hasPrefix(rootPath) else {
            error(relative, "a symbolic link to \(resolved.path), outside the content folder: refused; copy the file in instead")
            return nil
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isDirectory) else {
            error(relative, "a broken symbolic link: remove it or point it at a file in the content folder")
            return nil
        }
        return (resolved.path, isDirectory.boolValue, nil)
    }

    /// Reads and parses one entry file: the entry, and the problems found in it.
    private func readEntry(_ path: String, relative: String, kind: Kind, stamp: EntryCache.Stamp?) -> (Entry?, [Diagnostic]) {
        func failure(_ message: String, line: Int = 1, column: Int = 1) -> (Entry?, [Diagnostic]) {
            (nil, [Diagnostic(path: display(relative), line: line, column: column, message: message)])
        }
        let fileName = String(relative.split(separator: "/").last ?? "")
        let id = String(fileName.dropLast(3))
        guard Schema.isValidID(id) else {
            return failure("`\(fileName)` is not a valid entry id: name the file with lowercase letters, digits and hyphens (`net-revenue-retention.md`)")
        }
        // One open, one fstat, one read: the size is refused before anything is read.
        // O_NONBLOCK: a FIFO named like an entry must not hang the loader (no effect on files).
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return failure("cannot read the file: check its permissions") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return failure("cannot read the file: check its permissions") }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return failure("not a regular file: entries are plain Markdown files")
        }
        let size = Int(info.st_size)
        guard size <= maximumFileSize else {
            return failure("file is \(size) bytes, over the limit of \(maximumFileSize): split it into smaller entries")
        }
        guard let data = Self.readAll(descriptor, size: size) else {
            return failure("cannot read the file: check its permissions")
        }
        guard let cache else {
            return EntryFile.read(data, relativePath: relative, kind: kind, schema: schema, displayPath: display(relative))
        }
        if let known = cache.entry(relative, data: data, stamp: stamp, kind: kind) { return known }
        let result = EntryFile.read(data, relativePath: relative, kind: kind, schema: schema, displayPath: display(relative))
        cache.store(relative, data: data, stamp: stamp, kind: kind, result: result)
        return result
    }

    /// The `size` bytes of the open file `descriptor` (fewer if it shrinks while read); nil on a
    /// read error.
    static func readAll(_ descriptor: Int32, size: Int) -> Data? {
        var data = Data(count: size)
        var filled = 0
        while filled < size {
            let count = data.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            if count < 0 { if errno == EINTR { continue }; return nil }
            if count == 0 { break }
            filled += count
        }
        data.count = filled
        return data
    }

    struct DecodingProblem: Error {
        var message: String
        var line = 1
        var column = 1
    }

    /// Decodes UTF-8 (a leading BOM is dropped), normalizing line endings to `\n`.
    static func decode(_ data: Data) -> Result<String, DecodingProblem> {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            return .failure(DecodingProblem(message: "file is UTF-16: save it as UTF-8"))
        }
        // Validated once, into the string itself (the usual case); the slow walk only finds where.
        guard var text = String(validating: data, as: UTF8.self) else {
            let bytes = [UInt8](data)
            let position = firstInvalidUTF8(bytes) ?? (0, 1, 1)
            let byte = String(bytes[position.offset], radix: 16, uppercase: true)
            return .failure(DecodingProblem(message: "file is not valid UTF-8 (byte 0x\(byte)): save it as UTF-8",
                                            line: position.line, column: position.column))
        }
        var hasReturn = false, hasNUL = false
        data.withUnsafeBytes { buffer in
            guard let start = buffer.baseAddress else { return }
            hasNUL = memchr(start, 0, buffer.count) != nil
            hasReturn = memchr(start, 13, buffer.count) != nil
        }
        if hasNUL, let nul = data.firstIndex(of: 0) {
            let position = lineAndColumn([UInt8](data), nul - data.startIndex)
            return .failure(DecodingProblem(message: "file contains a NUL byte: it is not a text file",
                                            line: position.line, column: position.column))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if hasReturn {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .success(text)
    }

    static func lineAndColumn(_ bytes: [UInt8], _ offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == 10 {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }

    /// The offset, line and column of the first byte that is not valid UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (offset: Int, line: Int, column: Int)? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                let position = lineAndColumn(bytes, min(offset, bytes.count - 1))
                return (min(offset, bytes.count - 1), position.line, position.column)
            }
        }
    }
}
