import Foundation
import Testing
import SeamTestSupport

/// `seam check` end to end, on the fixture knowledge bases.
@Suite struct CheckCommandTests {
    /// Copies a fixture into a temporary folder, so paths in the output are short and stable.
    func fixture(_ name: String) throws -> URL {
        let directory = try SeamProcess.temporaryDirectory()
        let source = SeamProcess.repository.appendingPathComponent("Tests/Fixtures/check/\(name)")
        try FileManager.default.copyItem(at: source, to: directory.appendingPathComponent(name))
        return directory
    }

    @Test func cleanKnowledgeBasePasses() throws {
        let directory = try fixture("clean")
        let output = try SeamProcess.run(["check", "--content", "clean"], in: directory)
        #expect(output.status == 0)
        #expect(output.stdout == "checked 5 entries: 0 errors, 0 warnings\n")
    }

    @Test func everyErrorIsReportedAtItsPlace() throws {
        let directory = try fixture("broken")
        // Over the size limit: written here rather than committed.
        let huge = "---\ntitle: Huge\nsummary: Too big.\n---\n" + String(repeating: "word ", count: 220_000)
        try huge.write(to: directory.appendingPathComponent("broken/terms/huge.md"), atomically: true, encoding: .utf8)
        let output = try SeamProcess.run(["check", "--content", "broken"], in: directory)
        #expect(output.status == 1)
        try expectGolden(output.stdout, "Tests/Golden/check/broken.txt")
    }

    @Test func jsonListsErrorsAndWarnings() throws {
        let directory = try fixture("broken")
        let output = try SeamProcess.run(["check", "--content", "broken", "--json"], in: directory)
        #expect(output.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: [[String: Any]]]
        let errors = try #require(json?["errors"])
        let warnings = try #require(json?["warnings"])
        #expect(errors.count > 15)
        #expect(!warnings.isEmpty)
        let first = try #require(errors.first)
        for key in ["path", "line", "column", "message"] { #expect(first[key] != nil, "missing \(key)") }
    }

    @Test func missingContentFolderIsAClearError() throws {
        let directory = try SeamProcess.temporaryDirectory()
        let output = try SeamProcess.run(["check", "--content", "nowhere"], in: directory)
        #expect(output.status == 1)
        #expect(output.stderr.contains("nowhere:1:1: error: no content folder here"))
    }

    @Test func checkWritesNothing() throws {
        let directory = try fixture("broken")
        let before = try FileManager.default.subpathsOfDirectory(atPath: directory.path).sorted()
        _ = try SeamProcess.run(["check", "--content", "broken"], in: directory)
        let after = try FileManager.default.subpathsOfDirectory(atPath: directory.path).sorted()
        #expect(before == after)
    }
}
