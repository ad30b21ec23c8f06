import Testing
@testable import SeamSearch

/// Snippets: the line with the most of the query's words, cut around the first match.
@Suite struct SnippetTests {
    /// The sections the index keeps of an entry whose body is an intro paragraph, then `## Who owns it`.
    static let sections = [
        IndexSection(heading: "", anchor: "", text: "Intro sentence without the words. Renewals are owned by the CRO after the sale.", code: ""),
        IndexSection(heading: "Who owns it", anchor: "who-owns-it",
                     text: "The CCO owns renewals when value delivery is complex, and the sale is long past.", code: "renewal sale cco code"),
    ]

    @Test func picksTheSentenceWithMostWords() {
        let snippet = Snippet.make(summary: "A customer signs again.", sections: Self.sections,
                                   clauseTerms: [["cco"], ["renewal"], ["sale"]], width: 200)
        #expect(snippet.text == "The CCO owns renewals when value delivery is complex, and the sale is long past.")
        #expect(snippet.anchor == "who-owns-it")
        let bytes = Array(snippet.text.utf8)
        #expect(snippet.highlights.map { String(decoding: bytes[$0], as: UTF8.self) } == ["CCO", "renewals", "sale"])
    }

    @Test func summaryWinsTies() {
        let snippet = Snippet.make(summary: "A customer signs again.", sections: Self.sections, clauseTerms: [["zzz"]], width: 200)
        #expect(snippet.text == "A customer signs again.")
        #expect(snippet.anchor == nil)
    }

    @Test func longLinesAreCutAroundTheMatch() {
        let long = String(repeating: "word ", count: 60) + "renewal " + String(repeating: "tail ", count: 60)
        let snippet = Snippet.make(summary: long, sections: [], clauseTerms: [["renewal"]], width: 60)
        #expect(snippet.text.count <= 62)
        #expect(snippet.text.hasPrefix("… "))
        #expect(snippet.text.hasSuffix(" …"))
        #expect(snippet.text.contains("renewal"))
        #expect(snippet.highlights.count == 1)
    }

    @Test func codeIsNeverTheSnippet() {
        let snippet = Snippet.make(summary: "A customer signs again.", sections: Self.sections, clauseTerms: [["code"]], width: 200)
        #expect(snippet.text == "A customer signs again.")
    }
}
