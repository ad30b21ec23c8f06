import PropertyBased
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

    static let links = ["../terms/nrr.md", "../terms/nrr.md#series-b-to-c", "nrr.md", "nrr.md#x", "../facts/a_b.c.md",
                        "../terms/nrr.md#", "./nrr.md", "../../x.md", "../terms/../nrr.md", "https://x.org/a.md", "nrr.md?x=1",
                        "../terms/nrr%20x.md", "../terms/nrr.md#caf%C3%A9", "/terms/nrr.md", "..md", "../../terms/nrr.md",
                        "../terms/nrr.markdown", "#top", "", "../terms/nrr.md#a#b", "mailto:a@b.c", "../ter ms/nrr.md",
                        "terms/nrr.md", "../terms/sub/nrr.md", "../.../nrr.md", "x./terms/nrr.md", "../terms/.md.md", "../-/nrr.md#-",
                        "a//b.md", "./../terms/nrr.md", "..", ".", "#", "../terms/", "terms/..", "a/./b/../c.md#d"]
    static let entryPaths = ["terms/here.md", "here.md", "a/b/here.md", "terms/", "/terms//here.md", "café/here.md"]

    /// The fast path for plain links gives what the general steps give, wherever it answers.
    @Test(arguments: links, entryPaths) func plainLinksResolveAsTheGeneralStepsDo(_ url: String, _ entryPath: String) {
        guard let plain = LinkTarget.resolvePlain(url, from: entryPath) else { return }
        #expect(plain == LinkTarget.resolveGeneral(url, from: entryPath), "\(url) from \(entryPath)")
    }

    /// And it answers for the links authors write most.
    @Test func plainLinksCoverTheCommonForms() {
        #expect(LinkTarget.resolvePlain("../terms/nrr.md#x", from: "guides/a.md") == .file(path: "terms/nrr.md", anchor: "x"))
        #expect(LinkTarget.resolvePlain("nrr.md", from: "terms/a.md") == .file(path: "terms/nrr.md", anchor: nil))
        #expect(LinkTarget.resolvePlain("../terms/../nrr.md", from: "terms/a.md") == .file(path: "nrr.md", anchor: nil))
        #expect(LinkTarget.resolvePlain("#top", from: "terms/a.md") == .samePage(anchor: "top"))
        #expect(LinkTarget.resolvePlain("../../terms/nrr.md", from: "terms/a.md") == nil)
        #expect(LinkTarget.resolvePlain("https://x.org", from: "terms/a.md") == nil)
    }

    /// Paths of the bytes a plain link may hold (and a few it may not), from folders of any depth.
    static let pieces = ["a", "b", "..", ".", "/", "/", "#", "x.md", "-", "_", "%", " ", "é", ":"]
    static let destinations = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...12).map { $0.map { pieces[$0] }.joined() }
    static let folders = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...6).map { $0.map { pieces[$0] }.joined() + "/e.md" }

    @Test func plainLinksResolveAsTheGeneralStepsDoForAnyPath() async {
        await propertyCheck(input: Self.destinations, Self.folders) { url, entryPath in
            guard let plain = LinkTarget.resolvePlain(url, from: entryPath) else { return }
            #expect(plain == LinkTarget.resolveGeneral(url, from: entryPath), "\(url) from \(entryPath)")
        }
    }
}
