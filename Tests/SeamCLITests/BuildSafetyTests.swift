import Foundation
import Testing

/// `seam build` is safe (issue 6, "A safe build"; issue 7, "Interruption" and "Paths"), end to end
/// with the built binary: a build killed with SIGKILL leaves the previous site byte for byte; two
/// builds at once never leave a corrupt site; a folder seam did not create is refused and left
/// alone; content with `seam check` errors stops the build and leaves the previous site; nothing is
/// written outside the output folder; the bad-input corpus never ends a build or a search by a signal.
///
/// The corpora come from `bench/gen-corpus` (a small one, and a big one whose build takes a second or
/// more, so that it can be killed mid-way: `SEAM_SAFETY_ENTRIES`, or sized by a first build).
/// Serialized: the builds are heavy.
@Suite(.serialized) struct BuildSafetyTests {
    // MARK: - Running seam

    struct Run {
        var status: Int32
        var signaled: Bool
        var stdout: String
        var stderr: String
        var output: String { stdout + stderr }
        var description: String { "exit \(status)\(signaled ? " (signal)" : ""): \(stdout)\(stderr)" }
    }

    /// A running seam whose output goes to files, so nothing can block on a full pipe.
    final class Running: @unchecked Sendable {
        let process = Process()
        let out: URL
        let err: URL

        init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
            let scratch = try SeamProcess.temporaryDirectory()
            out = scratch.appendingPathComponent("stdout")
            err = scratch.appendingPathComponent("stderr")
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            process.executableURL = SeamProcess.binary
            process.arguments = arguments
            process.currentDirectoryURL = directory
            var env = ProcessInfo.processInfo.environment
            env["NO_COLOR"] = "1"
            env["SEAM_CACHE_DIR"] = BuildSafetyTests.cache.path
            for (key, value) in environment { env[key] = value }
            process.environment = env
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        func sigkill() { kill(process.processIdentifier, SIGKILL) }

        func wait() -> Run {
            process.waitUntilExit()
            let stdout = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(at: out.deletingLastPathComponent())
            return Run(status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
                       stdout: stdout, stderr: stderr)
        }
    }

    static func seam(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Run {
        try Running(arguments, in: directory, environment: environment).wait()
    }

    /// The search index cache, kept out of every folder a test compares.
    static let cache: URL = try! SeamProcess.temporaryDirectory()

    // MARK: - Corpora and reference sites

    struct Corpus: Sendable {
        var root: URL       // holds content/
        var content: URL
        var site: URL       // a clean build of it, the reference
        var buildSeconds: Double
    }

    static func generate(_ entries: Int) throws -> URL {
        let root = try SeamProcess.temporaryDirectory()
        let process = Process()
        process.executableURL = SeamProcess.repository.appendingPathComponent("bench/gen-corpus")
        process.arguments = [root.path, String(entries)]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        precondition(process.terminationStatus == 0, "bench/gen-corpus failed")
        return root
    }

    static func corpus(_ entries: Int) throws -> Corpus {
        let root = try generate(entries)
        let site = root.appendingPathComponent("reference-site")
        let start = Date()
        let run = try seam(["build", "--content", "content", "--output", site.path], in: root)
        let seconds = Date().timeIntervalSince(start)
        precondition(run.status == 0, "reference build of \(entries) entries failed: \(run.description)")
        return Corpus(root: root, content: root.appendingPathComponent("content"), site: site, buildSeconds: seconds)
    }

    static let small: Corpus = try! corpus(30)
    /// A corpus whose build takes a second or two, whatever the binary (debug or release) and the
    /// machine: `SEAM_SAFETY_ENTRIES` entries if set, else from 1,500 entries up until it does.
    static let big: Corpus = {
        if let entries = Int(ProcessInfo.processInfo.environment["SEAM_SAFETY_ENTRIES"] ?? "") { return try! corpus(entries) }
        var entries = 1500
        var found = try! corpus(entries)
        while found.buildSeconds < 1.0 && entries < 12_000 {
            entries = min(12_000, Int(Double(entries) * min(4, 1.5 / max(found.buildSeconds, 0.1))))
            found = try! corpus(entries)
        }
        return found
    }()

    // MARK: - Comparing folders

    /// Every file and folder under `folder`, by relative path: the bytes of a file, nil for a folder.
    static func snapshot(_ folder: URL, excluding excluded: Set<String> = []) -> [String: Data?] {
        var result: [String: Data?] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return result }
        while let relative = walker.nextObject() as? String {
            if excluded.contains(where: { relative == $0 || relative.hasPrefix($0 + "/") }) { continue }
            let path = folder.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            result[relative] = isDirectory.boolValue ? .some(nil) : .some(FileManager.default.contents(atPath: path) ?? Data("<unreadable>".utf8))
        }
        return result
    }

    /// What differs between two snapshots, at most a few paths, for the failure message.
    static func differences(_ actual: [String: Data?], _ expected: [String: Data?]) -> [String] {
        var found: [String] = []
        for path in Set(actual.keys).union(expected.keys).sorted() {
            switch (actual[path], expected[path]) {
            case (nil, _): found.append("missing \(path)")
            case (_, nil): found.append("extra \(path)")
            case let (a?, b?) where a != b: found.append("changed \(path)")
            default: continue
            }
            if found.count == 8 { found.append("..."); break }
        }
        return found
    }

    /// Whether two folders hold the same files with the same bytes, reading them a pair at a time.
    static func sameTree(_ a: URL, _ b: URL) -> [String] {
        func listing(_ folder: URL) -> [String: Bool] {
            var result: [String: Bool] = [:]
            guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return result }
            while let relative = walker.nextObject() as? String {
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(relative).path, isDirectory: &isDirectory)
                result[relative] = isDirectory.boolValue
            }
            return result
        }
        let left = listing(a), right = listing(b)
        var found: [String] = []
        for path in Set(left.keys).union(right.keys).sorted() {
            guard let l = left[path] else { found.append("missing \(path)"); continue }
            guard let r = right[path] else { found.append("extra \(path)"); continue }
            if l != r { found.append("file or folder \(path)") }
            if !l, FileManager.default.contents(atPath: a.appendingPathComponent(path).path)
                != FileManager.default.contents(atPath: b.appendingPathComponent(path).path) {
                found.append("changed \(path)")
            }
            if found.count >= 8 { found.append("..."); break }
        }
        return found
    }

    static func copy(_ corpus: Corpus, into parent: URL) throws -> URL {
        let content = parent.appendingPathComponent("content")
        try FileManager.default.copyItem(at: corpus.content, to: content)
        return content
    }

    // MARK: - Interruption

    @Test func aKilledBuildLeavesThePreviousSiteAndALaterBuildSucceeds() throws {
        let small = Self.small, big = Self.big
        let parent = try SeamProcess.temporaryDirectory()
        let site = parent.appendingPathComponent("site")
        let first = try Self.seam(["build", "--content", small.content.path, "--output", site.path], in: parent)
        try #require(first.status == 0, "\(first.description)")
        let previous = Self.snapshot(site)
        #expect(Self.differences(previous, Self.snapshot(small.site)).isEmpty, "the same input gives the same output")

        // Kill a build of the big corpus at events of its run, seen from outside: it holds the lock,
        // its temporary folder appears (it is writing), the temporary folder holds half the pages.
        let pageCount = Self.snapshot(big.site).count
        for point in BuildEvent.allCases {
            let running = try Running(["build", "--content", big.content.path, "--output", site.path], in: parent)
            let reached = Self.wait(for: point, beside: site, pages: pageCount, while: running, timeout: big.buildSeconds * 4 + 5)
            #expect(reached || !running.process.isRunning, "\(point) never happened while the build ran: where does it write?")
            let finishedEarly = !running.process.isRunning
            running.sigkill()
            let run = running.wait()
            #expect(!finishedEarly, "the build ended (\(run.description)) before the kill at \(point) of its \(big.buildSeconds) s: use a bigger SEAM_SAFETY_ENTRIES")
            if finishedEarly { continue }
            #expect(run.signaled && run.status == SIGKILL)
            let after = Self.snapshot(site)
            #expect(Self.differences(after, previous).isEmpty,
                    "killed at \(point) of the build, the previous site changed: \(Self.differences(after, previous))")
        }

        // Whatever the killed builds left behind (a temporary folder, a lock) does not stop the next.
        let again = try Self.seam(["build", "--content", small.content.path, "--output", site.path], in: parent)
        #expect(again.status == 0, "\(again.description)")
        #expect(Self.differences(Self.snapshot(site), previous).isEmpty)
        let bigAgain = try Self.seam(["build", "--content", big.content.path, "--output", site.path], in: parent)
        #expect(bigAgain.status == 0, "\(bigAgain.description)")
        #expect(Self.sameTree(site, big.site).isEmpty, "\(Self.sameTree(site, big.site))")
        // What the killed builds left beside the site (a temporary folder, a lock) is gone now.
        let left = try FileManager.default.contentsOfDirectory(atPath: parent.path)
        #expect(left == ["site"], "left beside the site after the next build: \(left)")
    }

    @Test func twoBuildsAtOnceNeverLeaveACorruptSite() throws {
        let small = Self.small, big = Self.big
        let parent = try SeamProcess.temporaryDirectory()
        let site = parent.appendingPathComponent("site")

        /// Each build either succeeds or refuses clearly (never a signal, never silently); the site
        /// is then exactly a clean build of one of them.
        func check(_ runs: [Run], _ contents: [Corpus], _ round: String) {
            for run in runs {
                #expect(!run.signaled, "\(round): \(run.description)")
                if run.status != 0 {
                    #expect(!run.stderr.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                            "\(round): a refused build says why: \(run.description)")
                }
            }
            #expect(runs.contains { $0.status == 0 }, "\(round): at least one build succeeds: \(runs.map(\.description))")
            let matches = contents.map { Self.sameTree(site, $0.site) }
            #expect(matches.contains { $0.isEmpty }, "\(round): the site equals no clean build: \(matches)")
        }

        // Round 1: a big and a small build started together into a folder that does not exist yet.
        var first = try Running(["build", "--content", big.content.path, "--output", site.path], in: parent)
        var second = try Running(["build", "--content", small.content.path, "--output", site.path], in: parent)
        check([first.wait(), second.wait()], [big, small], "started together")

        // Round 2: the small build starts while the big one is writing over an existing site.
        first = try Running(["build", "--content", big.content.path, "--output", site.path], in: parent)
        _ = Self.wait(for: .halfWritten, beside: site, pages: Self.snapshot(big.site).count, while: first, timeout: big.buildSeconds * 4 + 5)
        second = try Running(["build", "--content", small.content.path, "--output", site.path], in: parent)
        check([first.wait(), second.wait()], [big, small], "the second started mid-way")

        // Round 3: the same big build twice at once.
        first = try Running(["build", "--content", big.content.path, "--output", site.path], in: parent)
        second = try Running(["build", "--content", big.content.path, "--output", site.path], in: parent)
        check([first.wait(), second.wait()], [big], "the same build twice")

        // Nothing is left that stops the next build, and nothing was left beside the site.
        let later = try Self.seam(["build", "--content", small.content.path, "--output", site.path], in: parent)
        #expect(later.status == 0, "\(later.description)")
        #expect(Self.sameTree(site, small.site).isEmpty)
        let left = try FileManager.default.contentsOfDirectory(atPath: parent.path)
        #expect(left == ["site"], "beside the site: \(left)")
    }

    /// What a build does that can be seen from outside it, in the order it does them.
    enum BuildEvent: String, CaseIterable, CustomStringConvertible {
        case locked = "the lock is taken"
        case writing = "the temporary folder appears"
        case halfWritten = "half the pages are in the temporary folder"
        var description: String { rawValue }
    }

    /// Waits until `event` is seen beside `site` (polling the folder every 2 ms) or the build ends
    /// or `timeout` seconds pass; whether it was seen.
    static func wait(for event: BuildEvent, beside site: URL, pages: Int, while running: Running, timeout: Double) -> Bool {
        // The names README documents: `.NAME.seam-lock` and `.NAME.seam-tmp` beside the site.
        let parent = site.deletingLastPathComponent().path + "/." + site.lastPathComponent
        let lockPath = parent + ".seam-lock", temporaryPath = parent + ".seam-tmp"
        let deadline = Date().addingTimeInterval(timeout)
        while running.process.isRunning && Date() < deadline {
            switch event {
            case .locked:
                if FileManager.default.fileExists(atPath: lockPath) { return true }
            case .writing:
                if FileManager.default.fileExists(atPath: temporaryPath) { return true }
            case .halfWritten:
                let written = FileManager.default.enumerator(atPath: temporaryPath)?.allObjects.count ?? 0
                if written * 2 >= pages { return true }
            }
            usleep(2_000)
        }
        return false
    }

    // MARK: - Refusals

    @Test func aNonEmptyFolderSeamDidNotCreateIsRefusedAndLeftAlone() throws {
        let parent = try SeamProcess.temporaryDirectory()
        let content = try Self.copy(Self.small, into: parent)
        let mine = parent.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: mine.appendingPathComponent("notes"), withIntermediateDirectories: true)
        try Data("my own notes\n".utf8).write(to: mine.appendingPathComponent("notes/todo.txt"))
        try Data("<!doctype html><title>mine</title>\n".utf8).write(to: mine.appendingPathComponent("index.html"))
        let before = Self.snapshot(parent)

        for target in [mine.path, "mine", content.path, "content", parent.path, "."] {
            let run = try Self.seam(["build", "--content", "content", "--output", target], in: parent)
            #expect(run.status != 0 && !run.signaled, "--output \(target): \(run.description)")
            #expect(!run.stderr.isEmpty, "--output \(target): the refusal says why")
            let after = Self.snapshot(parent)
            #expect(Self.differences(after, before).isEmpty, "--output \(target) changed: \(Self.differences(after, before))")
        }
        #expect(try Self.seam(["build", "--content", "content", "--output", "mine"], in: parent).stderr.contains("mine"),
                "the refusal names the folder")

        // A file where the folder should be: an error, the file untouched.
        let file = parent.appendingPathComponent("plain.txt")
        try Data("a file\n".utf8).write(to: file)
        let run = try Self.seam(["build", "--content", "content", "--output", "plain.txt"], in: parent)
        #expect(run.status != 0 && !run.signaled, "\(run.description)")
        #expect(FileManager.default.contents(atPath: file.path) == Data("a file\n".utf8))
    }

    @Test func contentWithErrorsStopsTheBuildAndLeavesThePreviousSite() throws {
        let parent = try SeamProcess.temporaryDirectory()
        let content = try Self.copy(Self.small, into: parent)
        let first = try Self.seam(["build", "--content", "content", "--output", "site"], in: parent)
        try #require(first.status == 0, "\(first.description)")
        let previous = Self.snapshot(parent.appendingPathComponent("site"))

        try Data("---\ntitle: No summary\n---\nA [bad link](missing-entry.md) and [a script](javascript:alert(1)).\n".utf8)
            .write(to: content.appendingPathComponent("terms/broken.md"))
        try Data("---\ntitle: [not, text]\nsummary: x\n---\n".utf8).write(to: content.appendingPathComponent("guides/bad-yaml.md"))
        let check = try Self.seam(["check", "--content", "content"], in: parent)
        #expect(check.status == 1)
        let errors = check.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count >= 3, "\(check.stdout)")

        let build = try Self.seam(["build", "--content", "content", "--output", "site"], in: parent)
        #expect(build.status == 1, "\(build.description)")
        for line in errors {
            #expect(build.output.contains(line), "the build reports `\(line)` as seam check does: \(build.output)")
        }
        let after = Self.snapshot(parent.appendingPathComponent("site"))
        #expect(Self.differences(after, previous).isEmpty, "\(Self.differences(after, previous))")

        // Into a folder that does not exist yet: nothing is created.
        let fresh = try Self.seam(["build", "--content", "content", "--output", "fresh"], in: parent)
        #expect(fresh.status == 1)
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("fresh").path))
    }

    // MARK: - Paths

    @Test func nothingIsWrittenOutsideTheOutputFolder() throws {
        let parent = try SeamProcess.temporaryDirectory()
        _ = try Self.copy(Self.small, into: parent)
        let elsewhere = try SeamProcess.temporaryDirectory()
        let home = try SeamProcess.temporaryDirectory()
        let env = ["HOME": home.path, "TMPDIR": home.path]
        let before = Self.snapshot(parent)
        let beforeElsewhere = Self.snapshot(elsewhere)

        // Relative output from the parent, twice (the second replaces the first), then the default
        // output folder (site/), then an absolute output from another working folder.
        for _ in 0..<2 {
            let run = try Self.seam(["build", "--content", "content", "--output", "out"], in: parent, environment: env)
            #expect(run.status == 0, "\(run.description)")
        }
        let byDefault = try Self.seam(["build", "--content", "content"], in: parent, environment: env)
        #expect(byDefault.status == 0, "\(byDefault.description)")
        #expect(FileManager.default.fileExists(atPath: parent.appendingPathComponent("site/index.html").path))
        let absolute = try Self.seam(["build", "--content", parent.appendingPathComponent("content").path,
                                      "--output", parent.appendingPathComponent("abs").path], in: elsewhere, environment: env)
        #expect(absolute.status == 0, "\(absolute.description)")

        let after = Self.snapshot(parent, excluding: ["out", "site", "abs"])
        #expect(Self.differences(after, before).isEmpty, "written beside the output: \(Self.differences(after, before))")
        #expect(Self.differences(Self.snapshot(elsewhere), beforeElsewhere).isEmpty, "written into the working folder")
        for name in ["out", "site", "abs"] {
            #expect(Self.sameTree(parent.appendingPathComponent(name), Self.small.site).isEmpty, "\(name) is a clean build")
        }
        let leftInTemp = (try? FileManager.default.contentsOfDirectory(atPath: home.path)) ?? []
        #expect(leftInTemp.isEmpty, "left in TMPDIR or HOME: \(leftInTemp)")
    }

    @Test func aTamperedPreviousSiteIsReplacedWithoutTouchingWhatItPointsTo() throws {
        let parent = try SeamProcess.temporaryDirectory()
        _ = try Self.copy(Self.small, into: parent)
        let site = parent.appendingPathComponent("site")
        let first = try Self.seam(["build", "--content", "content", "--output", "site"], in: parent)
        try #require(first.status == 0, "\(first.description)")
        // Outside the site: a file and a folder that symbolic links in the old site point to.
        let precious = parent.appendingPathComponent("precious.txt")
        let keep = parent.appendingPathComponent("keep")
        try FileManager.default.createDirectory(at: keep, withIntermediateDirectories: true)
        try Data("precious\n".utf8).write(to: precious)
        try Data("kept\n".utf8).write(to: keep.appendingPathComponent("file.txt"))
        // The old site is tampered with: a page replaced by a link out, a folder link out, a page
        // edited in place, a page with the same bytes hard-linked to a file outside.
        let index = site.appendingPathComponent("index.html")
        let indexBytes = try Data(contentsOf: index)
        try FileManager.default.removeItem(at: index)
        try FileManager.default.createSymbolicLink(at: index, withDestinationURL: precious)
        try FileManager.default.createSymbolicLink(at: site.appendingPathComponent("assets/outside"), withDestinationURL: keep)
        let glossary = site.appendingPathComponent("glossary.html")
        let handle = try FileHandle(forWritingTo: glossary)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("<!-- edited -->".utf8))
        try handle.close()
        let outsideCopy = parent.appendingPathComponent("search-copy.html")
        try FileManager.default.copyItem(at: site.appendingPathComponent("search.html"), to: outsideCopy)
        try FileManager.default.removeItem(at: site.appendingPathComponent("search.html"))
        try FileManager.default.linkItem(at: outsideCopy, to: site.appendingPathComponent("search.html"))
        let outsideBefore = try Data(contentsOf: outsideCopy)

        let again = try Self.seam(["build", "--content", "content", "--output", "site"], in: parent)
        #expect(again.status == 0, "\(again.description)")
        #expect(Self.sameTree(site, Self.small.site).isEmpty, "the rebuilt site is not a clean build: \(Self.sameTree(site, Self.small.site))")
        let attributes = try FileManager.default.attributesOfItem(atPath: index.path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular, "index.html is still a link")
        #expect(try Data(contentsOf: index) == indexBytes)
        #expect(try String(contentsOf: precious, encoding: .utf8) == "precious\n")
        #expect(try String(contentsOf: keep.appendingPathComponent("file.txt"), encoding: .utf8) == "kept\n")
        #expect(try Data(contentsOf: outsideCopy) == outsideBefore, "a file outside the site changed")
    }

    // MARK: - The bad-input corpus through build and search

    @Test(arguments: HostileInputTests.cases)
    func badInputStopsTheBuildWithoutASignal(_ hostile: HostileInputTests.Case) throws {
        let root = try HostileInputTests.knowledgeBase(with: hostile)
        let build = try Self.seam(["build", "--content", "kb", "--output", "site"], in: root)
        #expect(!build.signaled, "\(build.description)")
        #expect(build.status == 1, "\(build.description)")
        #expect(build.output.contains(hostile.expected), "\(build.output)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
        for query in ["good", "bad", "<script>alert(1)</script>", "../../etc/passwd", String(repeating: "a", count: 5000)] {
            let search = try Self.seam(["search", query, "--content", "kb"], in: root)
            #expect(!search.signaled && search.status < 128, "search \(query.prefix(30)): \(search.description)")
        }
    }

    @Test func hostileFoldersBuildOrStopWithoutASignal() throws {
        // The gap fixture (rules with a gap and an overlap), a symlink out, a 50 MB file, a link cycle.
        let gap = try Self.seam(["build", "--content", "Tests/Fixtures/hostile/gap", "--output",
                                 SeamProcess.temporaryDirectory().appendingPathComponent("site").path], in: SeamProcess.repository)
        #expect(gap.status == 1 && !gap.signaled, "\(gap.description)")
        #expect(gap.output.contains("the rules give no outcome for q1=no, q2=no"))

        let root = try HostileInputTests.knowledgeBase(with: .init("cycle", "terms/bad.md",
            "---\ntitle: Bad\nsummary: x\nrelated: [good]\n---\nBack to [good](good.md) and [itself](bad.md).\n", ""))
        let cycle = try Self.seam(["build", "--content", "kb", "--output", "site"], in: root)
        #expect(cycle.status == 0, "a link cycle builds: \(cycle.description)")

        let outside = root.appendingPathComponent("secret.md")
        try Data(HostileInputTests.good.utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("kb/terms/secret.md"), withDestinationURL: outside)
        let huge = root.appendingPathComponent("kb/terms/huge.md").path
        _ = FileManager.default.createFile(atPath: huge, contents: Data("---\n".utf8))
        let handle = try #require(FileHandle(forWritingAtPath: huge))
        try handle.truncate(atOffset: 50 * 1024 * 1024)
        try handle.close()
        let previous = Self.snapshot(root.appendingPathComponent("site"))
        let refused = try Self.seam(["build", "--content", "kb", "--output", "site"], in: root)
        #expect(refused.status == 1 && !refused.signaled, "\(refused.description)")
        #expect(refused.output.contains("outside the content folder: refused"))
        #expect(refused.output.contains("over the limit"))
        #expect(Self.differences(Self.snapshot(root.appendingPathComponent("site")), previous).isEmpty)
        let search = try Self.seam(["search", "good", "--content", "kb"], in: root)
        #expect(!search.signaled && search.status < 128, "\(search.description)")
    }
}
