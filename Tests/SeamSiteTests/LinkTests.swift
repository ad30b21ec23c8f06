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
}
