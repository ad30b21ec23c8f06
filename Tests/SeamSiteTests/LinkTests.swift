import Foundation
import SeamContent
import Testing
@testable import SeamSite

/// Every internal link is relative, names a file, and that file is in the site; no page asks for
/// anything outside the site.
@Suite struct LinkTests {
    static func attributes(_ name: String, in html: String) -> [String] {
        html.components(separatedBy: " \(name)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func everyInternalLinkResolvesToAWrittenFile() throws {
        let files = Set(SiteFixture.site.files.map(\.path))
        var checked = 0
        for file in SiteFixture.site.files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            let folder = file.path.split(separator: "/").dropLast().map(String.init)
            for link in Self.attributes("href", in: html) + Self.attributes("src", in: html) + Self.attributes("action", in: html) {
                let unescaped = link.replacingOccurrences(of: "&amp;", with: "&")
                if unescaped.hasPrefix("#") { continue }
                #expect(!unescaped.hasPrefix("/"), "\(file.path): \(link) is absolute")
                #expect(!unescaped.contains("://") && !unescaped.hasPrefix("//"), "\(file.path): \(link) leaves the site")
                let path = String(unescaped.prefix { $0 != "#" && $0 != "?" })
                #expect(!path.hasSuffix("/") && !path.isEmpty, "\(file.path): \(link) names no file")
                var parts = folder
                for part in path.split(separator: "/") {
                    if part == ".." { if !parts.isEmpty { parts.removeLast() } } else if part != "." { parts.append(String(part)) }
                }
                #expect(files.contains(parts.joined(separator: "/")), "\(file.path): \(link) leads to no file")
                checked += 1
            }
        }
        #expect(checked > 300)
    }

    @Test func anchorsInLinksExistOnTheirPage() throws {
        let page = try #require(SiteFixture.page("assessments/check.html"))
        #expect(page.contains("href=\"../structures/unified-cro.html#seam-risk\""))
        let target = try #require(SiteFixture.page("structures/unified-cro.html"))
        #expect(target.contains("<h2 id=\"seam-risk\">"))
    }

    static let links = ["../terms/nrr.md", "../terms/nrr.md#series-b-to-c", "nrr.md", "nrr.md#x", "../facts/a_b.c.md",
                        "../terms/nrr.md#", "./nrr.md", "../../x.md", "../terms/../nrr.md", "https://x.org/a.md", "nrr.md?x=1",
                        "../terms/nrr%20x.md", "../terms/nrr.md#caf%C3%A9", "/terms/nrr.md", "..md", "../../terms/nrr.md",
                        "../terms/nrr.markdown", "#top", "", "../terms/nrr.md#a#b", "mailto:a@b.c", "../ter ms/nrr.md",
                        "terms/nrr.md", "../terms/sub/nrr.md", "../.../nrr.md", "x./terms/nrr.md", "../terms/.md.md", "../-/nrr.md#-"]

    /// The fast path for plain links agrees with the general resolver wherever it answers.
    @Test(arguments: links) func plainLinksResolveAsTheResolverDoes(_ url: String) {
        guard let (path, anchor) = SiteContext.plainLink(url, folder: "terms") else { return }
        guard case .file(let expectedPath, let expectedAnchor) = LinkTarget.resolve(url, from: "terms/here.md") else {
            Issue.record("\(url): the fast path answers where the resolver gives no file")
            return
        }
        #expect(path == expectedPath, "\(url)")
        #expect(anchor == (expectedAnchor.map { $0.isEmpty ? "" : "#" + $0 } ?? ""), "\(url)")
    }

    @Test func plainLinksCoverTheCommonForms() {
        #expect(SiteContext.plainLink("../terms/nrr.md#x", folder: "guides")! == ("terms/nrr.md", "#x"))
        #expect(SiteContext.plainLink("nrr.md", folder: "terms")! == ("terms/nrr.md", ""))
        #expect(SiteContext.plainLink("../terms/../nrr.md", folder: "terms") == nil)
        #expect(SiteContext.plainLink("../../terms/nrr.md", folder: "terms") == nil)
    }
}
