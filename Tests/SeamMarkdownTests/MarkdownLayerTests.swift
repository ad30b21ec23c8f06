import Testing
@testable import SeamMarkdown

struct MarkdownLayerTests {
    let source = """
    # Company stage

    Read about [NRR](../terms/nrr.md) and *the* [seam](../terms/sales-cs-seam.md#risk).

    ## Series B to C

    Text with NRR inside.

    ## Series B to C

    > quoted [again](x.md)
    """

    @Test func headingsGetUniqueAnchors() {
        let headings = MarkdownDocument.parse(source).headings
        #expect(headings.map(\.anchor) == ["company-stage", "series-b-to-c", "series-b-to-c-1"])
        #expect(headings.map(\.level) == [1, 2, 2])
        #expect(headings[1].position == SourcePosition(line: 5, column: 1))
    }

    @Test func linksCarryTheirSourcePosition() {
        let links = MarkdownOutline.read(source).links
        #expect(links.map(\.destination) == ["../terms/nrr.md", "../terms/sales-cs-seam.md#risk", "x.md"])
        #expect(links[0].position == SourcePosition(line: 3, column: 18))
        #expect(links[1].position == SourcePosition(line: 3, column: 52))
        #expect(links[2].position == SourcePosition(line: 11, column: 18))
        #expect(links[0].text == "NRR")
    }

    @Test func plainTextAndFirstParagraph() {
        let document = MarkdownDocument.parse(source)
        #expect(document.firstParagraph == "Read about NRR and the seam.")
        #expect(MarkdownOutline.read(source).plainText.contains("Series B to C\nText with NRR inside."))
    }

    @Test func renderRewritesLinksAnchorsHeadingsAndLinksTerms() {
        let transform = HTMLTransform(
            rewriteURL: { $0.replacingOccurrences(of: ".md", with: ".html") },
            linkTerms: { text in
                guard let range = text.range(of: "NRR") else { return nil }
                return [.text(String(text[..<range.lowerBound])),
                        .wrapped(open: "<a class=\"term\" href=\"nrr.html\">", text: "NRR", close: "</a>"),
                        .text(String(text[range.upperBound...]))]
            },
            headingAnchors: true)
        let html = MarkdownDocument.parse(source).renderHTML(transform)
        #expect(html.contains("<h1 id=\"company-stage\">Company stage</h1>\n"))
        #expect(html.contains("<h2 id=\"series-b-to-c-1\">Series B to C</h2>"))
        #expect(html.contains("<a href=\"../terms/nrr.html\">NRR</a>"))
        #expect(html.contains("<a href=\"../terms/sales-cs-seam.html#risk\">seam</a>"))
        #expect(html.contains("<p>Text with <a class=\"term\" href=\"nrr.html\">NRR</a> inside.</p>"))
    }

    @Test func termTextIsEscapedAndUnsafeRewrittenURLsAreDropped() {
        let transform = HTMLTransform(
            rewriteURL: { _ in "javascript:alert(1)" },
            linkTerms: { text in [.wrapped(open: "<span>", text: text, close: "</span>")] })
        let html = MarkdownDocument.parse("a &lt;b&gt; [x](y.md)").renderHTML(transform)
        #expect(html == "<p><span>a &lt;b&gt; </span><a href=\"\">x</a></p>\n")
    }

    @Test func rawHTMLShowsAsTypedText() {
        let source = "Inline <script>alert(1)</script> and <img src=x onerror=alert(1)>.\n\n<div onclick=\"x()\">\nblock\n</div>\n"
        let shown = MarkdownDocument.parse(source).renderHTML(HTMLTransform(rawHTMLAsText: true))
        #expect(shown == "<p>Inline &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt;.</p>\n"
            + "<p>&lt;div onclick=&quot;x()&quot;&gt;\nblock\n&lt;/div&gt;</p>\n")
        let omitted = MarkdownDocument.parse(source).renderHTML(HTMLTransform())
        #expect(omitted.contains("<!-- raw HTML omitted -->") && !omitted.contains("script"))
    }

    @Test func deepNestingNeedsNoRecursion() {
        let source = String(repeating: ">", count: 20_000) + " deep"
        let document = MarkdownDocument.parse(source)
        #expect(document.nodes.count > 20_000)
        #expect(MarkdownOutline.read(source).plainText == "deep")
        #expect(document.renderHTML().contains("deep"))
    }

    @Test func slugs() {
        #expect(Slug.make("Above 30 percent") == "above-30-percent")
        #expect(Slug.make("CRO: a real one?") == "cro-a-real-one")
        #expect(Slug.make("Énergie & co") == "énergie--co")
        // The byte-wise path for ASCII gives what the character-wise one does, for every character.
        let ascii = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        for text in ascii + ["Series B to C", "A_b-C 9\t?!", ascii.joined()] {
            #expect(Slug.makeASCII(text) == Slug.makeAnyText(text), "\(text.debugDescription)")
        }
        #expect(Slug.makeASCII("Énergie") == nil)
        #expect(Slug.unique(["A", "A", "A-1"]) == ["a", "a-1", "a-1-1"])
    }
}
