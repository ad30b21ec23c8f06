import Foundation
import SeamMarkdown
import SeamTestSupport
import Testing
@testable import SeamContent

/// Replays the fuzzing seed corpus and every crash the fuzzer found (Fuzz/Corpus/entry) through
/// what the `FuzzEntry` target runs: each input must be read and rendered without a trap.
struct FuzzCorpusReplayTests {
    static let corpus = FuzzCorpus("entry")
    static var inputs: [String] { corpus.inputs }

    @Test func corpusIsThere() {
        #expect(Self.inputs.count >= 10)
    }

    @Test(arguments: inputs) func replay(_ name: String) throws {
        let data = try Self.corpus.bytes(name)
        let (entry, diagnostics) = EntryFile.read(data, relativePath: "terms/fuzz.md", kind: Schema.shipped.kind(id: "term")!)
        #expect(entry != nil || !diagnostics.isEmpty, "an unreadable input must say why")
        if let entry {
            let html = MarkdownDocument.parse(entry.body).renderHTML(HTMLTransform(headingAnchors: true))
            #expect(!html.contains("<script"))
        }
    }
}
