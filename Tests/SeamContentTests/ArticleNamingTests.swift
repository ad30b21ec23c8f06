import Foundation
import SeamTestSupport
import Testing

/// The shipped knowledge base never says "the first article" or "the second article" without
/// naming it in the same paragraph: a reader cannot tell which is which from the order.
@Suite struct ArticleNamingTests {
    static let titles = [
        "first article": "The CRO Over Both Sales and CS",
        "second article": "The Alignment Problem at the Top",
    ]

    /// The paragraphs (of the body) and lines (of the front matter) that mention an article by its
    /// place without naming it.
    static func unnamed(in text: String) -> [String] {
        let blocks = text.components(separatedBy: "\n\n").flatMap { block in
            block.hasPrefix("---\n") ? block.components(separatedBy: "\n") : [block]
        }
        return blocks.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.filter { block in
            titles.contains { place, title in
                block.range(of: place, options: .caseInsensitive) != nil && !block.contains(title)
            }
        }
    }

    @Test func findsAnUnnamedMention() {
        #expect(Self.unnamed(in: "As the second article says.\n\nAs the first article, *The CRO Over Both\nSales and CS*, says.")
                == ["As the second article says."])
    }

    @Test func shippedEntriesNameTheArticle() throws {
        let content = repositoryRoot.appendingPathComponent("content")
        let files = try #require(FileManager.default.enumerator(atPath: content.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }
        #expect(files.count > 100)
        for file in files {
            let text = try String(contentsOf: content.appendingPathComponent(file), encoding: .utf8)
            #expect(Self.unnamed(in: text).isEmpty, "content/\(file): \(Self.unnamed(in: text))")
        }
    }
}
