import Foundation
import SeamContent
@testable import SeamSearch
import SeamTestSupport

/// Shared helpers: the repository, fixture knowledge bases written to temporary folders.
enum SearchTestSupport {
    static let repository = repositoryRoot

    /// The shipped knowledge base's index, built once.
    static let shipped: (base: KnowledgeBase, data: IndexData, index: SearchIndex) = {
        let base = try! KnowledgeBase.load(repository.appendingPathComponent("content").path)
        let data = IndexBuilder.build(base)
        return (base, data, SearchIndex(bytes: IndexBuilder.file(base, stamp: nil))!)
    }()

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("seam-search-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes entries (`"terms/nrr.md": text`) under `root/content` and returns the content path.
    @discardableResult
    static func writeContent(_ files: [String: String], in root: URL) throws -> String {
        let content = root.appendingPathComponent("content")
        for (path, text) in files {
            let url = content.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: false, encoding: .utf8)
        }
        return content.path
    }

    static func entry(_ title: String, summary: String, aliases: [String] = [], body: String = "") -> String {
        var text = "---\ntitle: \"\(title)\"\nsummary: \"\(summary)\"\n"
        if !aliases.isEmpty { text += "aliases: [\(aliases.map { "\"\($0)\"" }.joined(separator: ", "))]\n" }
        return text + "---\n\(body)\n"
    }

    /// Ids of the top results for `query` in `index`.
    static func top(_ query: String, in index: SearchIndex, limit: Int = 3, kind: String? = nil) -> [String] {
        guard let parsed = try? SearchQuery.parse(query) else { return [] }
        return Searcher(index: index).search(parsed, kind: kind, limit: limit).hits.map { index.document($0.document).id }
    }
}
