import Testing
@testable import SeamContent

struct LinkTargetTests {
    @Test func relativeLinksResolveToFiles() {
        #expect(LinkTarget.resolve("../terms/nrr.md", from: "factors/stage.md") == .file(path: "terms/nrr.md", anchor: nil))
        #expect(LinkTarget.resolve("nrr.md#how", from: "terms/arr.md") == .file(path: "terms/nrr.md", anchor: "how"))
        #expect(LinkTarget.resolve("./nrr.md", from: "terms/arr.md") == .file(path: "terms/nrr.md", anchor: nil))
        #expect(LinkTarget.resolve("%2E%2E/terms/a%20b.md", from: "terms/arr.md") == .file(path: "terms/a b.md", anchor: nil))
        #expect(LinkTarget.resolve("#top", from: "terms/arr.md") == .samePage(anchor: "top"))
    }

    @Test func externalLinksAreLeftAlone() {
        #expect(LinkTarget.resolve("https://example.com/x", from: "terms/a.md") == .external("https://example.com/x"))
        #expect(LinkTarget.resolve("mailto:a@b.c", from: "terms/a.md") == .external("mailto:a@b.c"))
    }

    @Test(arguments: ["../../x.md", "/etc/passwd", "javascript:alert(1)", "JavaScript:x", "data:text/html,x",
                      "a\u{0}b.md", "%2E%2E/%2E%2E/x.md", "", "a%ZZ.md", "..\\x.md"])
    func unusableLinksAreInvalid(_ destination: String) {
        if case .invalid = LinkTarget.resolve(destination, from: "terms/a.md") { return }
        Issue.record("\(destination) should be invalid")
    }
}
