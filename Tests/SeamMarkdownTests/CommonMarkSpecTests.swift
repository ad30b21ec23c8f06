import Foundation
import Testing
@testable import SeamMarkdown

/// Every example of the CommonMark 0.30 spec, regression and smart-punctuation suites, rendered
/// through the Swift layer with the options the suite names, byte for byte.
struct CommonMarkSpecTests {
    struct Example: Decodable {
        var example: Int
        var section: String
        var markdown: String
        var html: String
    }

    static let commonmark: URL = {
        let here = URL(fileURLWithPath: #filePath)
        let repo = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repo.appendingPathComponent("Tests/Fixtures/commonmark")
    }()

    static func load(_ name: String) throws -> [Example] {
        let data = try Data(contentsOf: commonmark.appendingPathComponent(name))
        return try JSONDecoder().decode([Example].self, from: data)
    }

    func check(_ file: String, options: MarkdownOptions, expectedCount: Int) throws {
        let examples = try Self.load(file)
        #expect(examples.count == expectedCount)
        var failures: [Int] = []
        for example in examples {
            let html = MarkdownDocument.parse(example.markdown, options: options).renderHTML()
            if html != example.html { failures.append(example.example) }
        }
        #expect(failures.isEmpty, "\(file): examples failing: \(failures)")
    }

    @Test func specExamples() throws {
        try check("spec-0.30.json", options: [.unsafe], expectedCount: 652)
    }

    @Test func regressionExamples() throws {
        try check("regression-0.30.json", options: [.unsafe], expectedCount: 16)
    }

    @Test func smartPunctuationExamples() throws {
        try check("smart-punct-0.30.json", options: [.unsafe, .smart], expectedCount: 16)
    }

    @Test func safeByDefaultOmitsRawHTMLAndUnsafeLinks() {
        let html = MarkdownDocument.parse("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b>hi</b>\n").renderHTML()
        #expect(!html.contains("<script>"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("raw HTML omitted"))
    }
}
