import Foundation
import Testing
@testable import SeamContent

struct SiteConfigTests {
    static func read(_ text: String?) throws -> (SiteConfig, [String]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("seam-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        if let text { try Data(text.utf8).write(to: root.appendingPathComponent("site.yml")) }
        let (config, diagnostics) = SiteConfig.read(root: root.path, displayRoot: "kb", maximumFileSize: 1_000)
        return (config, diagnostics.map(\.description))
    }

    @Test func withoutAFileTheDefaults() throws {
        let (config, problems) = try Self.read(nil)
        #expect(config == SiteConfig(title: "Seam", description: nil))
        #expect(problems.isEmpty)
    }

    @Test func readsTitleAndDescription() throws {
        let (config, problems) = try Self.read("title: My KB\ndescription: \"  What it is.  \"\n")
        #expect(config == SiteConfig(title: "My KB", description: "What it is."))
        #expect(problems.isEmpty)
    }

    @Test(arguments: [
        ("title: [a\n", "kb/site.yml:2:1: error: not valid YAML"),
        ("title: [a, b]\n", "kb/site.yml:1:8: error: `title` must be a line of text"),
        ("title: ''\n", "kb/site.yml:1:8: error: `title` must be a line of text"),
        ("theme: dark\n", "kb/site.yml:1:1: error: unknown setting `theme`: site.yml takes `title`, `description`"),
        ("- a\n- b\n", "kb/site.yml:1:1: error: write the settings as a mapping"),
        (String(repeating: "#", count: 2_000), "kb/site.yml:1:1: error: file is 2000 bytes, over the limit of 1000"),
    ]) func reportsWhatIsWrongWhere(_ text: String, _ expected: String) throws {
        let (_, problems) = try Self.read(text)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix(expected) == true, "\(problems)")
    }
}
