import Foundation
import Testing

/// The bad-input corpus: every case is a small knowledge base with one hostile file, run through
/// `seam check`; each must give the exact error (file, line, column, what to do) and exit 1,
/// never a trap or a signal. Files that cannot sensibly be committed (invalid bytes, odd names,
/// 50 MB) are written here.
@Suite struct HostileInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var path: String
        var bytes: [UInt8]
        var expected: String
        var testDescription: String { name }

        init(_ name: String, _ path: String, _ text: String, _ expected: String) {
            self.init(name, path, Array(text.utf8), expected)
        }

        init(_ name: String, _ path: String, _ bytes: [UInt8], _ expected: String) {
            self.name = name
            self.path = path
            self.bytes = bytes
            self.expected = expected
        }
    }

    static let good = "---\ntitle: Good\nsummary: A valid entry.\n---\nSee [bad](bad.md).\n"

    static let cases: [Case] = [
        Case("front matter that is not YAML", "terms/bad.md", "---\ntitle: [unclosed\nsummary: x\n---\n",
             "kb/terms/bad.md:3:8: error: front matter is not valid YAML: while parsing a flow sequence did not find expected ',' or ']'"),
        Case("front matter not closed", "terms/bad.md", "---\ntitle: Bad\nsummary: x\n",
             "kb/terms/bad.md:1:1: error: front matter opened here is never closed: add a line `---` after the last field"),
        Case("a list where text belongs", "terms/bad.md", "---\ntitle: [a, b]\nsummary: x\n---\n",
             "kb/terms/bad.md:2:8: error: `title` must be a text, not a list"),
        Case("a mapping where a list belongs", "terms/bad.md", "---\ntitle: Bad\nsummary: x\naliases: {a: b}\n---\n",
             "kb/terms/bad.md:4:10: error: `aliases` must be a list (`aliases: [a, b]`), not a mapping"),
        Case("duplicate field", "terms/bad.md", "---\ntitle: Bad\ntitle: Again\nsummary: x\n---\n",
             "kb/terms/bad.md:"),
        Case("an id differing only in case", "terms/Good.md", good, "kb/terms/Good.md:1:1: error: `Good.md` is not a valid entry id"),
        Case("a duplicate id in another kind", "guides/good.md", good, "kb/guides/good.md:1:1: error: duplicate id `good`: kb/terms/good.md has it already"),
        Case("an id with a control character", "terms/a\u{1}b.md", good, "error: `a\u{1}b.md` is not a valid entry id"),
        Case("a link out of the folder", "terms/bad.md", "---\ntitle: Bad\nsummary: x\n---\n[x](../../../etc/passwd)\n",
             "kb/terms/bad.md:5:5: error: link `../../../etc/passwd` leads outside the content folder: link to an entry inside it"),
        Case("an absolute link", "terms/bad.md", "---\ntitle: Bad\nsummary: x\n---\n[x](/etc/passwd)\n",
             "kb/terms/bad.md:5:5: error: absolute link `/etc/passwd`: use a path relative to this file"),
        Case("a URL-encoded escape", "terms/bad.md", "---\ntitle: Bad\nsummary: x\n---\n[x](%2e%2e/%2E%2E/secret.md)\n",
             "kb/terms/bad.md:5:5: error: link `%2e%2e/%2E%2E/secret.md` leads outside the content folder"),
        Case("a URL-encoded NUL", "terms/bad.md", "---\ntitle: Bad\nsummary: x\n---\n[x](good%00.md)\n",
             "kb/terms/bad.md:5:5: error: link contains control characters or backslashes"),
        Case("a javascript: link", "terms/bad.md", "---\ntitle: Bad\nsummary: x\n---\n[x](JaVaScRiPt:alert(1))\n",
             "kb/terms/bad.md:5:5: error: `javascript:` links are not allowed"),
        Case("invalid UTF-8", "terms/bad.md", Array("---\ntitle: Caf".utf8) + [0xE9, 0x0A] + Array("---\n".utf8),
             "kb/terms/bad.md:2:11: error: file is not valid UTF-8 (byte 0xE9): save it as UTF-8"),
        Case("UTF-16", "terms/bad.md", [0xFF, 0xFE] + Array("-\0-\0-\0".utf8), "kb/terms/bad.md:1:1: error: file is UTF-16: save it as UTF-8"),
        Case("a NUL byte", "terms/bad.md", Array("---\ntitle: a".utf8) + [0] + Array("\n---\n".utf8),
             "kb/terms/bad.md:2:9: error: file contains a NUL byte: it is not a text file"),
        Case("an empty file", "terms/bad.md", "", "kb/terms/bad.md:1:1: error: no front matter"),
        Case("nesting in front matter", "terms/bad.md", "---\ntitle: Bad\nsummary: x\ntags: " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "\n---\n",
             "kb/terms/bad.md:1:1: error: front matter is nested more than 32 levels deep"),
    ]

    static func knowledgeBase(with hostile: Case) throws -> URL {
        let root = try SeamProcess.temporaryDirectory()
        let kb = root.appendingPathComponent("kb")
        for folder in ["terms", "guides"] {
            try FileManager.default.createDirectory(at: kb.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try Data(good.utf8).write(to: kb.appendingPathComponent("terms/good.md"))
        try Data(hostile.bytes).write(to: kb.appendingPathComponent(hostile.path))
        return root
    }

    @Test(arguments: cases) func checkReportsIt(_ hostile: Case) throws {
        let root = try Self.knowledgeBase(with: hostile)
        let output = try SeamProcess.run(["check", "--content", "kb"], in: root)
        #expect(output.status == 1, "exit \(output.status): \(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains(hostile.expected), "\(output.stdout)")
    }

    @Test func aFiftyMegabyteFileIsRefusedWithoutBeingRead() throws {
        let root = try Self.knowledgeBase(with: Case("huge", "terms/other.md", Self.good, ""))
        let huge = root.appendingPathComponent("kb/terms/huge.md").path
        #expect(FileManager.default.createFile(atPath: huge, contents: Data("---\n".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: huge))
        try handle.truncate(atOffset: 50 * 1024 * 1024)  // sparse: 50 MB on paper
        try handle.close()
        let output = try SeamProcess.run(["check", "--content", "kb"], in: root)
        #expect(output.status == 1)
        #expect(output.stdout.contains("kb/terms/huge.md:1:1: error: file is 52428800 bytes, over the limit of 1000000: split it into smaller entries"))
        // The process never held the file: its peak memory is that of checking the knowledge base
        // without it, give or take far less than 50 MB.
        let peak = try SeamProcess.peakMemoryKB(["check", "--content", "kb"], in: root)
        try FileManager.default.removeItem(atPath: huge)
        let baseline = try SeamProcess.peakMemoryKB(["check", "--content", "kb"], in: root)
        #expect(peak > 0 && baseline > 0)
        #expect(peak - baseline < 20_000, "peak resident set \(peak) KB with the 50 MB file, \(baseline) KB without")
    }

    @Test func aSymlinkOutOfTheFolderIsRefused() throws {
        let root = try Self.knowledgeBase(with: Case("link", "terms/other.md", Self.good, ""))
        let outside = root.appendingPathComponent("secret.md")
        try Data(Self.good.utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("kb/terms/secret.md"), withDestinationURL: outside)
        let output = try SeamProcess.run(["check", "--content", "kb"], in: root)
        #expect(output.status == 1)
        #expect(output.stdout.contains("kb/terms/secret.md:1:1: error: a symbolic link to \(outside.resolvingSymlinksInPath().path), outside the content folder: refused"))
    }

    /// A FIFO named like an entry is refused, not opened for a read that would wait forever.
    @Test func aFIFOIsRefusedWithoutHanging() throws {
        let root = try Self.knowledgeBase(with: Case("fifo", "terms/other.md", Self.good, ""))
        #expect(mkfifo(root.appendingPathComponent("kb/terms/pipe.md").path, 0o644) == 0)
        let output = try SeamProcess.run(["check", "--content", "kb"], in: root)
        #expect(output.status == 1)
        #expect(output.stdout.contains("kb/terms/pipe.md:1:1: error: not a regular file: entries are plain Markdown files"), "\(output.stdout)")
    }

    /// A symbolic link that stays inside the content folder is read like the file it points to.
    @Test func aSymlinkInsideTheFolderIsRead() throws {
        let root = try Self.knowledgeBase(with: Case("inside", "guides/other.md",
            "---\ntitle: Other\nsummary: x\n---\nSee [good](../terms/good.md) and [alias](../terms/alias.md).\n", ""))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("kb/terms/alias.md").path,
                                                   withDestinationPath: root.appendingPathComponent("kb/terms/good.md").path)
        let output = try SeamProcess.run(["check", "--content", "kb", "--json"], in: root)
        #expect(!output.stdout.contains("symbolic link"), "\(output.stdout)")
        #expect(output.stdout.contains("\"path\" : \"kb/terms/alias.md\""), "the link is read as an entry: \(output.stdout)")
        #expect(!output.stdout.contains("../terms/alias.md"), "the guide's link to it resolves: \(output.stdout)")
    }

    @Test func aLinkCycleIsFine() throws {
        let root = try Self.knowledgeBase(with: Case("cycle", "terms/bad.md",
            "---\ntitle: Bad\nsummary: x\nrelated: [good]\n---\nBack to [good](good.md) and [itself](bad.md).\n", ""))
        let output = try SeamProcess.run(["check", "--content", "kb"], in: root)
        #expect(output.status == 0, "\(output.stdout)")
    }

    @Test func rulesWithAGapAndAnOverlapAreErrors() throws {
        let output = try SeamProcess.run(["check", "--content", "Tests/Fixtures/hostile/gap"])
        #expect(output.status == 1)
        #expect(output.stdout.contains("error: outcome `mostly-fine` is never reached: wherever its rule holds, an earlier outcome's rule holds too"), "\(output.stdout)")
        #expect(output.stdout.contains("gap/assessments/gap.md:25:1: error: the rules give no outcome for q1=no, q2=no: widen a rule or add an outcome with `otherwise: true`"))
    }

    @Test(arguments: [
        ("{\"nrr-comp\": \"yes\", \"comp-authority\": \"yes\", \"seam-authority\": \"yes\", \"colour\": \"blue\"}", "unknown question `colour`"),
        ("{\"nrr-comp\": [\"yes\"], \"comp-authority\": \"yes\", \"seam-authority\": \"yes\"}", "each answer is `question: option`, with plain texts"),
        ("[1, 2, 3]", "each item of the list needs `question` and `option`"),
        ("nrr-comp: yes\ncomp-authority: maybe\nseam-authority: yes\n", "`maybe` is not an option of `comp-authority`"),
    ])
    func badAnswersFilesAreClearErrors(_ file: String, _ expected: String) throws {
        let output = try SeamProcess.run(["assess", "cro-reality", "--answers", "-"], input: file)
        #expect(output.status != 0)
        #expect(output.status < 128, "killed by a signal")
        #expect(output.stderr.contains(expected), "\(output.stderr)")
    }

    @Test func tenThousandAnswersAreAClearError() throws {
        var lines = ["nrr-comp: yes", "comp-authority: yes", "seam-authority: yes"]
        for index in 0..<10_000 { lines.append("q\(index): yes") }
        let output = try SeamProcess.run(["assess", "cro-reality", "--answers", "-"], input: lines.joined(separator: "\n"))
        #expect(output.status == 1 || output.status == 64)
        #expect(output.stderr.contains("unknown question"))
        #expect(output.stderr.utf8.count < 200_000, "the error must stay readable")
    }
}
