import Testing
@testable import SeamContent

struct FrontMatterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var yaml: String?
        var body: String?
        var bodyLine: Int?
        var failure: FrontMatter.SplitError?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "fields and body", text: "---\ntitle: A\n---\nBody\n", yaml: "title: A", body: "Body\n", bodyLine: 4),
        Case(name: "only front matter", text: "---\ntitle: A\n---\n", yaml: "title: A", body: "", bodyLine: 4),
        Case(name: "no trailing newline", text: "---\ntitle: A\n---", yaml: "title: A", body: "", bodyLine: 4),
        Case(name: "dashes inside the body", text: "---\na: 1\n---\ntext\n---\nmore", yaml: "a: 1", body: "text\n---\nmore", bodyLine: 4),
        Case(name: "dots close", text: "---\na: 1\n...\nx", yaml: "a: 1", body: "x", bodyLine: 4),
        Case(name: "trailing spaces on delimiters", text: "--- \na: 1\n---\t\nx", yaml: "a: 1", body: "x", bodyLine: 4),
        Case(name: "byte order mark", text: "\u{FEFF}---\na: 1\n---\nx", yaml: "a: 1", body: "x", bodyLine: 4),
        Case(name: "empty front matter", text: "---\n---\nx", yaml: "", body: "x", bodyLine: 3),
        Case(name: "none", text: "# Title\n", failure: .missing),
        Case(name: "empty file", text: "", failure: .missing),
        Case(name: "extra dashes open", text: "----\na: 1\n---\n", failure: .missing),
        Case(name: "unclosed", text: "---\ntitle: A\n", failure: .unclosed),
        Case(name: "extra dashes do not close", text: "---\na: 1\n----\n", failure: .unclosed),
    ]

    @Test(arguments: cases) func split(_ example: Case) {
        switch FrontMatter.split(example.text) {
        case .success(let frontMatter):
            #expect(example.failure == nil)
            #expect(frontMatter.yaml == example.yaml)
            #expect(frontMatter.body == example.body)
            #expect(frontMatter.bodyLine == example.bodyLine)
        case .failure(let error):
            #expect(error == example.failure)
        }
    }
}
