import Foundation
import SeamContent
import SeamMarkdown
import Testing
@testable import SeamSite

/// The glossary linker: first mention only, longest match, whole words, any case; never inside
/// code, links or headings; never a term linking to itself.
@Suite struct GlossaryLinkerTests {
    static func term(_ id: String, _ title: String, _ aliases: [String] = []) -> Entry {
        let aliasList = aliases.map { "\"\($0)\"" }.joined(separator: ", ")
        let text = "---\ntitle: \"\(title)\"\nsummary: \"About \(title).\"\naliases: [\(aliasList)]\n---\nBody.\n"
        return EntryFile.read(Data(text.utf8), relativePath: "terms/\(id).md", kind: Schema.shipped.kind(id: "term")!).entry!
    }

    static let linker = GlossaryLinker(terms: [
        term("nrr", "Net revenue retention", ["NRR"]),
        term("cs", "Customer success", ["CS"]),
        term("csm", "Customer success manager", ["CSM"]),
        term("arr", "ARR"),
    ])

    /// The linked texts of one text node, as `[text](id)` pieces.
    func linked(_ text: String, excluding: String? = nil, session: GlossaryLinker.Session? = nil) -> String {
        let session = session ?? Self.linker.session(root: "../", excluding: excluding)
        guard let segments = session.link(text) else { return text }
        return segments.map { segment -> String in
            switch segment {
            case .text(let text): return text
            case .wrapped(let open, let text, _):
                let id = open.components(separatedBy: "terms/")[1].components(separatedBy: ".html")[0]
                return "[\(text)](\(id))"
            }
        }.joined()
    }

    @Test func firstMentionOnly() {
        let session = Self.linker.session(root: "../")
        #expect(linked("NRR and NRR again", session: session) == "[NRR](nrr) and NRR again")
        #expect(linked("later NRR, net revenue retention", session: session) == "later NRR, net revenue retention",
                "a term linked once is not linked again in the same entry, by title or alias")
    }

    @Test func longestMatchWins() {
        #expect(linked("Ask the customer success manager, then customer success.")
                == "Ask the [customer success manager](csm), then [customer success](cs).")
    }

    @Test func wholeWordsAnyCase() {
        #expect(linked("ARRs and arrangements") == "ARRs and arrangements")
        #expect(linked("the arr figure") == "the [arr](arr) figure")
        #expect(linked("nrr's value") == "[nrr](nrr)'s value")
        #expect(linked("Net-revenue retention") == "[Net-revenue retention](nrr)", "hyphens join the words of a name")
        #expect(linked("net revenue. Retention") == "net revenue. Retention", "sentence punctuation does not")
    }

    @Test func asciiLettersAndDigitsMakeWords() {
        for byte in UInt8(0)..<0x80 {
            let character = String(UnicodeScalar(byte))
            let isWordByte = character.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            #expect(linked("arr\(character)") == (isWordByte ? "arr\(character)" : "[arr](arr)\(character)"), "byte \(byte)")
            #expect(linked("\(character)arr") == (isWordByte ? "\(character)arr" : "\(character)[arr](arr)"), "byte \(byte)")
        }
    }

    @Test func aWordReadAheadStartsTheNextName() {
        #expect(linked("net customer success") == "net [customer success](cs)",
                "\"net\" reads \"customer\" looking for net revenue retention; it still starts customer success")
        #expect(linked("net revenue, customer / success & arr") == "net revenue, [customer / success](cs) & [arr](arr)")
    }

    @Test func namesOfOtherScripts() {
        let linker = GlossaryLinker(terms: [Self.term("cafe", "Café crème"), Self.term("strasse", "Straße")])
        let session = linker.session(root: "../")
        guard let segments = session.link("Un CAFÉ CRÈME, une straße, un café. Straßen.") else { Issue.record("not linked"); return }
        let texts = segments.map { segment -> String in
            switch segment {
            case .text(let text): return text
            case .wrapped(_, let text, _): return "[\(text)]"
            }
        }
        #expect(texts.joined() == "Un [CAFÉ CRÈME], une [straße], un café. Straßen.")
    }

    @Test func neverLinksItself() {
        #expect(linked("NRR is net revenue retention", excluding: "nrr") == "NRR is net revenue retention")
    }

    @Test func unicodeAroundWords() {
        #expect(linked("—NRR—") == "—[NRR](nrr)—")
        #expect(linked("éNRR") == "éNRR", "a letter of another script joins the word")
    }

    @Test func cardsAreNumberedAndEscaped() throws {
        let hostile = GlossaryLinker(terms: [Self.term("x", "X<script>", ["Xy"])])
        let session = hostile.session(root: "../", idPrefix: "term-")
        let segments = try #require(session.link("Xy and more"))
        guard case .wrapped(let open, let text, let close) = segments[0] else { Issue.record("not linked"); return }
        #expect(open == "<span class=\"term\"><a href=\"../terms/x.html\" class=\"term-link\" aria-describedby=\"term-1\">")
        #expect(text == "Xy")
        #expect(close == "</a><span class=\"term-card\" role=\"tooltip\" id=\"term-1\"><strong>X&lt;script&gt;</strong> About X&lt;script&gt;.</span></span>")
    }

    @Test func notInsideCodeLinksOrHeadings() throws {
        let page = try #require(SiteFixture.page("structures/unified-cro.html"))
        let body = try #require(page.components(separatedBy: "<div class=\"entry-body prose\">").last?.components(separatedBy: "</div>").first)
        #expect(body.contains("<h2 id=\"when-it-works\">When it works</h2>"), "headings are not linked")
        #expect(body.contains("<code>NRR</code>"))
        // The author's own link to NRR carries NRR's card (no word inside it is linked again), and
        // NRR is then not linked a second time; customer success is linked at its first mention.
        #expect(body.contains("<span class=\"term\"><a href=\"../terms/nrr.html\" class=\"term-link\" aria-describedby=\"term-1\">a link about NRR</a>"))
        #expect(body.contains("<a href=\"../terms/customer-success.html\" class=\"term-link\" aria-describedby=\"term-2\">customer success</a>"))
        #expect(body.components(separatedBy: "class=\"term-link\"").count - 1 == 2, "customer success and NRR, once each")
        let framework = try #require(SiteFixture.page("frameworks/decision.html"))
        #expect(framework.contains("<pre><code>NRR in a code block stays as it is\n</code></pre>"))
    }

    @Test func linearInTheText() {
        // 200,000 words with many near-misses: a quadratic or per-term scan would take far longer.
        let text = String(repeating: "customer success managers net revenue retained ", count: 40_000)
        let clock = ContinuousClock()
        let time = clock.measure { _ = Self.linker.session(root: "").link(text) }
        #expect(time < .seconds(5))
    }
}
