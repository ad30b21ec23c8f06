import Foundation
import Testing

/// `seam init` and `seam new` end to end: the starter checks and builds, a new entry's placeholders
/// are errors at their line and column until filled in, and neither command overwrites anything.
@Suite struct AuthorCommandTests {
    @Test func initWritesAKnowledgeBaseThatChecksAndBuilds() throws {
        let directory = try SeamProcess.temporaryDirectory()
        let made = try SeamProcess.run(["init", "kb"], in: directory)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("kb/schema.yml\n"))
        let check = try SeamProcess.run(["check", "--content", "kb"], in: directory)
        #expect(check.status == 0)
        #expect(check.stdout.contains(": 0 errors, 0 warnings"), "\(check.stdout)")
        let build = try SeamProcess.run(["build", "--content", "kb", "--output", "out"], in: directory)
        #expect(build.status == 0, "\(build.stderr)")
        for page in ["index.html", "glossary.html", "faq.html", "terms/entry.html", "facts/commonmark-examples.html",
                     "assessments/ready-to-publish.html", "guides/start-here.html"] {
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("out/" + page).path), "\(page)")
        }
        // The guide's prose mentions the glossary term: linked on its page.
        let guide = try String(contentsOf: directory.appendingPathComponent("out/guides/start-here.html"), encoding: .utf8)
        #expect(guide.contains("href=\"../terms/entry.html\""))
    }

    @Test func initRefusesAFolderThatHoldsAnything() throws {
        let directory = try SeamProcess.temporaryDirectory()
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("kb"), withIntermediateDirectories: true)
        try "mine".write(to: directory.appendingPathComponent("kb/.notes"), atomically: true, encoding: .utf8)
        let made = try SeamProcess.run(["init", "kb"], in: directory)
        #expect(made.status == 1)
        #expect(made.stderr.contains("kb is not empty"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("kb").path) == [".notes"])
    }

    @Test func newWritesAnEntryWhosePlaceholdersCheckReports() throws {
        let directory = try SeamProcess.temporaryDirectory()
        _ = try SeamProcess.run(["init", "kb"], in: directory)
        let made = try SeamProcess.run(["new", "term", "Error budget", "--content", "kb"], in: directory)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout == "kb/terms/error-budget.md\n")
        let check = try SeamProcess.run(["check", "--content", "kb"], in: directory)
        #expect(check.status == 1)
        // The summary (line 3, after `summary: "`) and the body (line 5).
        #expect(check.stdout.contains("kb/terms/error-budget.md:3:11: error: a placeholder `seam new` wrote is still here"), "\(check.stdout)")
        #expect(check.stdout.contains("kb/terms/error-budget.md:5:1: error: a placeholder"))
        let file = directory.appendingPathComponent("kb/terms/error-budget.md")
        try """
            ---
            title: "Error budget"
            summary: What a service may fail within its objective before the team slows down.
            ---
            The share of requests a service may fail.

            """.write(to: file, atomically: true, encoding: .utf8)
        let fixed = try SeamProcess.run(["check", "--content", "kb"], in: directory)
        #expect(fixed.status == 0, "\(fixed.stdout)")
    }

    @Test(arguments: [["fact", "Median review time"], ["assessment", "Team health"], ["guide", "Été à Zürich!"]])
    func newEntriesOfEveryShapeAreFlaggedUntilFilled(arguments: [String]) throws {
        let directory = try SeamProcess.temporaryDirectory()
        _ = try SeamProcess.run(["init", "kb"], in: directory)
        let made = try SeamProcess.run(["new"] + arguments + ["--content", "kb"], in: directory)
        #expect(made.status == 0, "\(made.stderr)")
        let check = try SeamProcess.run(["check", "--content", "kb"], in: directory)
        #expect(check.status == 1)
        #expect(check.stdout.contains("a placeholder `seam new` wrote is still here"))
        #expect(!check.stdout.contains("not valid YAML"), "\(check.stdout)")
        if arguments[0] == "guide" { #expect(made.stdout == "kb/guides/ete-a-zurich.md\n") }
    }

    @Test func newRefusesToOverwriteAndSuggestsTheKind() throws {
        let directory = try SeamProcess.temporaryDirectory()
        _ = try SeamProcess.run(["init", "kb"], in: directory)
        let again = try SeamProcess.run(["new", "term", "Entry", "--content", "kb"], in: directory)
        #expect(again.status == 1)
        #expect(again.stderr.contains("kb/terms/entry.md already exists"))
        // Ids are unique across kinds: a guide called "Entry" would clash with the term.
        let clash = try SeamProcess.run(["new", "guide", "Entry", "--content", "kb"], in: directory)
        #expect(clash.status == 1)
        let unknown = try SeamProcess.run(["new", "trem", "Error budget", "--content", "kb"], in: directory)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown kind `trem`: did you mean `term`?"), "\(unknown.stderr)")
        let before = try String(contentsOf: directory.appendingPathComponent("kb/terms/entry.md"), encoding: .utf8)
        #expect(before.hasPrefix("---\ntitle: Entry\n"))
    }
}
