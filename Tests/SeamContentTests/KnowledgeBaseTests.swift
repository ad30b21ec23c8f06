import Foundation
import Testing
@testable import SeamContent

struct KnowledgeBaseTests {
    static let clean = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/check/clean").path

    @Test func loadsEntriesNamesAndTheLinkGraph() throws {
        let base = try KnowledgeBase.load(Self.clean)
        #expect(base.diagnostics.isEmpty)
        #expect(base.entries.map(\.id) == ["arr", "decision", "figure", "nrr", "stage"])
        #expect(base.entry(named: "NRR")?.id == "nrr")
        #expect(base.entry(named: "net-revenue  RETENTION")?.id == "nrr")
        #expect(base.entry(named: "Annual Recurring Revenue")?.id == "arr")
        #expect(base.links["nrr"]?.map(\.target) == ["arr", "stage"])
        #expect(base.links["nrr"]?.last?.anchor == "series-b-to-c")
        #expect(base.backlinks["nrr"] == ["arr", "figure"])
        #expect(base.entry("stage")?.kind.id == "factor")
        #expect(base.entry("stage")?.headings.first?.position.line == 7)
        let figure = try #require(base.entry("figure"))
        #expect(figure.sources == [Source(publisher: "Gainsight", title: "leadership benchmarks", year: 2024)])
        #expect(figure.figure == "27%")
    }

    @Test func namesFoldCaseAccentsAndSeparators() {
        #expect(NameKey.fold("Net-Revenue  Retention") == "net revenue retention")
        #expect(NameKey.fold("Énergie_Totale") == "energie totale")
        #expect(NameKey.fold("  ") == "")
    }

    @Test func editDistance() {
        #expect(EditDistance.between("renwal", "renewal") == 1)
        #expect(EditDistance.between("retension", "retention") == 1)
        #expect(EditDistance.between("abc", "xyz", limit: 1) == nil)
        #expect(EditDistance.suggestions(for: "nrr", in: ["arr", "nrr", "cro"]).first == "nrr")
    }

    @Test func invalidUTF8IsLocated() {
        let bytes: [UInt8] = Array("ab\ncd".utf8) + [0xC3, 0x28]
        let position = ContentLoader.firstInvalidUTF8(bytes)
        #expect(position?.line == 2)
        #expect(position?.column == 3)
        #expect(ContentLoader.firstInvalidUTF8(Array("é ok".utf8)) == nil)
    }

    /// A typo in `schema.yml` gives one error, at its place, and not one per folder and link that
    /// the shipped schema would not know.
    @Test func aBrokenSchemaGivesOneErrorForItsCause() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("seam-schema-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in [
            "schema.yml": "kinds:\n  concept:\n    folders: concepts\n    singular: Concept\n    plural: Concepts\n",
            "concepts/a.md": "---\ntitle: A\nsummary: The first.\n---\nSee [b](b.md).\n",
            "concepts/b.md": "---\ntitle: B\nsummary: The second.\n---\nSee [a](a.md).\n",
        ] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let base = try KnowledgeBase.load(root.path)
        #expect(base.errors.count == 1, "\(base.diagnostics.map(\.description))")
        #expect(base.errors.first?.path.hasSuffix("schema.yml") == true)
        #expect(base.errors.first?.message.contains("did you mean `folder`") == true, "\(base.errors.map(\.message))")
    }

    /// One file that cannot be read gives one error, printed first: the links and `related` items
    /// that lead to it are not reported again.
    @Test func aBrokenFileGivesOneErrorFirst() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("seam-broken-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in [
            "terms/a.md": "---\ntitle: A\nsummary: The first.\nrelated: [z]\n---\nSee [z](z.md) and [b](b.md).\n",
            "terms/b.md": "---\ntitle: B\nsummary: The second.\n---\nSee [a](a.md) and [z](z.md#part).\n",
            "terms/z.md": "---\ntitle: [unclosed\nsummary: Broken.\n---\nBody.\n",
        ] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let base = try KnowledgeBase.load(root.path)
        #expect(base.errors.count == 1, "\(base.diagnostics.map(\.description))")
        #expect(base.diagnostics.first?.path.hasSuffix("terms/z.md") == true, "\(base.diagnostics.map(\.description))")
    }
}
