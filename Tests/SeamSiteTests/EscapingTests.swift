import Foundation
import Testing
@testable import SeamSite

/// Untrusted text (titles, aliases, summaries, figures, sources, assessment text) stays text in
/// every page type, in the search index and in the assessment JSON.
@Suite struct EscapingTests {
    /// Markup, an attribute breaker, a script closer, and quotes followed by combining marks
    /// (which escaping by whole characters would let through).
    static let payload = #"<b>bold</b> \"><img src=x onerror=alert(1)> </script><script>alert(2)</script> '\u0301 \"\u0301 &amp;"#

    /// The fixture's files with the payload after every text field.
    static func hostileContent() throws -> URL {
        var files: [String: String] = [:]
        let root = SiteFixture.contentPath
        let fields = ["title", "summary", "prompt", "label", "why", "explanation", "figure", "measured", "publisher", "note", "cited_in"]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".md"), let text = try? String(contentsOfFile: root + "/" + path, encoding: .utf8) else { continue }
            var inFrontMatter = false
            var lines: [String] = []
            for line in text.components(separatedBy: "\n") {
                if line == "---" { inFrontMatter.toggle() }
                var rewritten = line
                if inFrontMatter, let colon = line.range(of: ": ") {
                    let key = line[..<colon.lowerBound].trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "- ", with: "")
                    if fields.contains(key) {
                        var value = String(line[colon.upperBound...])
                        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
                        rewritten = line[..<colon.upperBound] + "\"" + value + " " + payload + "\""
                    }
                    if key == "aliases" { rewritten = line.replacingOccurrences(of: "]", with: ", \"" + payload + " " + path + "\"]") }
                }
                lines.append(rewritten)
            }
            files[path] = lines.joined(separator: "\n")
        }
        return try SiteFixture.content(files)
    }

    static let site: Site = {
        let base = try! SiteFixture.load(try! hostileContent().path)
        precondition(base.errors.isEmpty, base.errors.map(\.description).joined(separator: "\n"))
        return try! Site.render(base)
    }()

    static func contains(_ html: String, _ bytes: [UInt8]) -> Bool {
        let haystack = Array(html.utf8)
        guard haystack.count >= bytes.count else { return false }
        return (0...(haystack.count - bytes.count)).contains { start in haystack[start..<(start + bytes.count)].elementsEqual(bytes) }
    }

    @Test func payloadReachesEveryPageTypeAsText() throws {
        let pages = Self.site.files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.count > 15)
        for file in pages where file.path != "search.html" && file.path != "404.html" {
            let html = String(decoding: file.bytes, as: UTF8.self)
            #expect(html.contains("&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;"), "\(file.path) shows the payload as text")
        }
    }

    @Test func noMarkupOrScriptGetsThrough() throws {
        for file in Self.site.files where file.path.hasSuffix(".html") {
            var html = String(decoding: file.bytes, as: UTF8.self)
            // The assessment definition is JSON (checked below): its strings hold the text as written.
            if let start = html.range(of: "id=\"assessment-definition\">"), let end = html[start.upperBound...].range(of: "</script>") {
                html.removeSubrange(start.upperBound..<end.lowerBound)
            }
            #expect(!html.contains("<img"), "\(file.path)")
            #expect(!html.contains("<b>bold"), "\(file.path)")
            #expect(!html.contains("<script>alert"), "\(file.path)")
            #expect(!html.contains("onerror=alert(1)>"), "\(file.path)")
            #expect(!Self.contains(html, [0x22, 0xCC, 0x81]), "\(file.path): a quote with a combining mark left unescaped")
            #expect(!Self.contains(html, [0x27, 0xCC, 0x81]), "\(file.path): an apostrophe with a combining mark left unescaped")
            let scripts = html.components(separatedBy: "<script").count - 1
            let expected = html.components(separatedBy: "<script src=\"").count - 1 + (html.contains("id=\"assessment-definition\"") ? 1 : 0)
                + (file.path == "404.html" && html.contains("<script id=\"seam-site-root\" ") ? 1 : 0)
            #expect(scripts == expected, "\(file.path): only the theme's scripts")
            #expect(html.components(separatedBy: "</script>").count - 1 == expected, "\(file.path): no early </script>")
        }
    }

    @Test func assessmentJSONCannotCloseItsElement() throws {
        let file = try #require(Self.site.files.first { $0.path == "assessments/check.html" })
        let html = String(decoding: file.bytes, as: UTF8.self)
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"assessment-definition\">"))
        let rest = html[start.upperBound...]
        let end = try #require(rest.range(of: "</script>"))
        let json = String(rest[..<end.lowerBound])
        #expect(!json.contains("<"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let title = try #require(object["title"] as? String)
        #expect(title.contains("</script><script>alert(2)</script>"), "the text reads back as written")
    }

    @Test func searchIndexIsScriptSafe() throws {
        let file = try #require(Self.site.files.first { $0.path == "assets/search-index.js" })
        let text = String(decoding: file.bytes, as: UTF8.self)
        #expect(!text.contains("<"))
        #expect(text.contains("\\u003c/script\\u003e"))
    }

    /// Escaping follows the value's type, not the braces a theme writes: a theme that puts the
    /// title and summary in triple braces still gets them escaped, and trusted markup (the body)
    /// stays markup in double braces.
    @Test func aThemeCannotUnescapeTextWithTripleBraces() throws {
        let folder = try SiteFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try "<h1>{{{title}}}</h1><p>{{{summary}}}</p><div>{{body}}</div>\n"
            .write(to: folder.appendingPathComponent("templates/entry.mustache"), atomically: true, encoding: .utf8)
        let project = try SiteFixture.load(try Self.hostileContent().path)
        let site = try Site.render(project, options: SiteOptions(themeFolder: folder.path))
        let page = try #require(SiteFixture.page("terms/nrr.html", in: site))
        #expect(!page.contains("<b>bold</b>"), "a title in triple braces is escaped")
        #expect(!page.contains("onerror=alert(1)>"))
        #expect(page.contains("&lt;b&gt;bold&lt;/b&gt;"))
        #expect(page.contains("<div><p>"), "the body, made by Seam, stays markup in double braces")
    }
}
