import Foundation
import Testing

/// `seam build` end to end: it stops on `seam check`'s errors and leaves the previous site, it
/// refuses foreign folders, and a copied binary still has its theme.
@Suite(.serialized) struct BuildCommandTests {
    static let fixture = SeamProcess.repository.appendingPathComponent("Tests/Fixtures/site/content").path

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("seam-build-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func contents(_ folder: URL) -> [String: Data] {
        var tree: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) { tree[path] = data }
        }
        return tree
    }

    @Test func buildsTheFixtureAndSaysWhere() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site")
        let result = try SeamProcess.run(["build", "--content", Self.fixture, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("built ") && result.stderr.contains(" pages "), "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}"), "plain when piped")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("terms/nrr.html").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".seam-site").path))
    }

    @Test func contentErrorsStopTheBuildAndKeepThePreviousSite() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site")
        #expect(try SeamProcess.run(["build", "--content", Self.fixture, "--output", output.path]).status == 0)
        let before = contents(output)

        let broken = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: broken.path)
        try "---\ntitle: Broken\nsummary: Links nowhere.\n---\nSee [nothing](../terms/missing.md).\n"
            .write(to: broken.appendingPathComponent("guides/broken.md"), atomically: true, encoding: .utf8)
        let check = try SeamProcess.run(["check", "--content", broken.path])
        #expect(check.status == 1)
        let build = try SeamProcess.run(["build", "--content", broken.path, "--output", output.path])
        #expect(build.status == 1)
        let errors = check.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(!errors.isEmpty)
        for line in errors { #expect(build.stderr.contains(line), "build reports `\(line)` as check does") }
        #expect(contents(output) == before, "the previous site is untouched")
    }

    @Test func refusesAForeignFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "keep".write(to: output.appendingPathComponent("keep.txt"), atomically: true, encoding: .utf8)
        let result = try SeamProcess.run(["build", "--content", Self.fixture, "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("was not made by `seam build`"), "\(result.stderr)")
        #expect(contents(output) == ["keep.txt": Data("keep".utf8)])
    }

    @Test func aCopiedBinaryBuildsWithItsShippedTheme() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("seam")
        try FileManager.default.copyItem(at: SeamProcess.binary, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["build", "--content", Self.fixture, "--output", "out"]
        process.currentDirectoryURL = folder
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let css = FileManager.default.contents(atPath: folder.appendingPathComponent("out/assets/seam.css").path) ?? Data()
        #expect(css.count > 1000)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/assets/seam.js").path))
    }

    @Test func aThemeFolderReplacesSomeFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let theme = folder.appendingPathComponent("theme")
        try FileManager.default.createDirectory(at: theme.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: theme.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try "<p class=\"custom\">{{title}}</p>\n".write(to: theme.appendingPathComponent("templates/not-found.mustache"), atomically: true, encoding: .utf8)
        try "body{color:red}\n".write(to: theme.appendingPathComponent("assets/seam.css"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("site")
        let result = try SeamProcess.run(["build", "--content", Self.fixture, "--output", output.path, "--theme", theme.path])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: output.appendingPathComponent("404.html"), encoding: .utf8)
        #expect(page.contains("<p class=\"custom\">Page not found</p>"))
        #expect(page.contains("<main id=\"main\""), "the shipped layout is kept")
        #expect(try String(contentsOf: output.appendingPathComponent("assets/seam.css"), encoding: .utf8) == "body{color:red}\n")
    }
}
