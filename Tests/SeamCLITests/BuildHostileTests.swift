import Foundation
import Testing

/// Untrusted text stays text (issue 7): the knowledge base in `Tests/Fixtures/hostile/xss` carries
/// script tags, event-handler attributes, `</script>`, `javascript:` and `data:` text and look-alike
/// Unicode in every field. `seam build` must escape them in every page, keep them as data (the same
/// strings, not entity-mangled) in the search index and the assessment JSON, and never turn them into
/// a link. The browser side (no script runs, the text shows as typed) is Tests/browser/test_hostile.py.
@Suite struct BuildHostileTests {
    static let fixture = "Tests/Fixtures/hostile/xss"
    static let script = "<script>window.__seamXSS=1;alert(1)</script>"
    static let image = "<img src=x onerror=\"window.__seamXSS=2;alert(2)\">"
    static let close = "</script><script>window.__seamXSS=3;alert(3)</script>"

    /// Markup that must never reach a page unescaped.
    static let forbidden = ["<script>window.__seamXSS", "<script>alert", "<img src=x onerror", "<svg onload",
                            "<div onmouseover", "<b>bold</b>", "<b>99%</b>", "onmouseover=\"window"]

    static func build() throws -> URL {
        let site = try SeamProcess.temporaryDirectory().appendingPathComponent("site")
        let output = try SeamProcess.run(["build", "--content", fixture, "--output", site.path])
        try #require(output.status == 0, "exit \(output.status): \(output.stdout)\(output.stderr)")
        return site
    }

    static func files(_ site: URL, ending suffix: String) -> [(String, String)] {
        let walker = FileManager.default.enumerator(atPath: site.path)
        var result: [(String, String)] = []
        while let relative = walker?.nextObject() as? String {
            guard relative.hasSuffix(suffix) else { continue }
            let text = (try? String(contentsOf: site.appendingPathComponent(relative), encoding: .utf8)) ?? ""
            result.append((relative, text))
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// Every string anywhere in a JSON value.
    static func strings(_ value: Any) -> [String] {
        switch value {
        case let text as String: return [text]
        case let list as [Any]: return list.flatMap(strings)
        case let map as [String: Any]: return map.keys.map { $0 } + map.values.flatMap(strings)
        default: return []
        }
    }

    @Test func everyPageEscapesThePayloads() throws {
        let site = try Self.build()
        let pages = Self.files(site, ending: ".html")
        #expect(pages.count >= 10, "\(pages.map(\.0))")
        for (path, html) in pages {
            for bad in Self.forbidden {
                #expect(!html.contains(bad), "\(path) holds `\(bad)` unescaped")
            }
            let lower = html.lowercased()
            for scheme in ["javascript:", "data:", "vbscript:"] {
                for attribute in ["href=\"", "src=\"", "action=\"", "href='", "src='", "xlink:href=\""] {
                    #expect(!lower.contains(attribute + scheme), "\(path) has \(attribute)\(scheme)")
                }
            }
            // No script element but the theme's: external files under assets/, the JSON definition,
            // and the 404 page's own script that finds the site root.
            var rest = Substring(lower)
            while let open = rest.range(of: "<script") {
                let tag = rest[open.lowerBound...].prefix { $0 != ">" }
                #expect(tag.contains("src=\"") && tag.contains("assets/") || tag.contains("type=\"application/json\"")
                        || (path.hasSuffix("404.html") && tag.hasPrefix("<script id=\"seam-site-root\" ")),
                        "\(path): unexpected script element `\(tag)`")
                rest = rest[open.upperBound...]
            }
        }
    }

    @Test func theEntryPagesShowThePayloadAsText() throws {
        let site = try Self.build()
        let term = try String(contentsOf: site.appendingPathComponent("terms/payload-term.html"), encoding: .utf8)
        #expect(term.contains("Payload &lt;script&gt;window.__seamXSS=1;alert(1)&lt;/script&gt; term"))
        let faq = try String(contentsOf: site.appendingPathComponent("faqs/payload-faq.html"), encoding: .utf8)
        #expect(faq.contains("&lt;script&gt;window.__seamXSS=1;alert(1)&lt;/script&gt;"))
    }

    @Test func theAssessmentJSONKeepsThePayloadAsData() throws {
        let site = try Self.build()
        let page = try String(contentsOf: site.appendingPathComponent("assessments/payload-check.html"), encoding: .utf8)
        let marker = "id=\"assessment-definition\""
        let start = try #require(page.range(of: marker), "no assessment definition in the page")
        let open = try #require(page[start.upperBound...].firstIndex(of: ">"))
        let body = page[page.index(after: open)...]
        let end = try #require(body.range(of: "</script>"))
        let json = String(body[..<end.lowerBound])
        #expect(!json.lowercased().contains("</script"), "the JSON can close its element")
        #expect(!json.contains("<!--"), "the JSON can open a comment that swallows the closing tag")
        #expect(!json.contains("<"), "every < in the inline JSON is written \\u003c")
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let texts = Self.strings(value)
        for payload in ["Assessment " + Self.script, "Yes " + Self.close, "No " + Self.image, "Why no: data:text/html,<script>alert(5)</script>",
                        "All good " + Self.script, "Recommended because " + Self.close] {
            #expect(texts.contains(payload), "the definition lost `\(payload)`")
        }
    }

    @Test func theSearchIndexKeepsThePayloadAsData() throws {
        let site = try Self.build()
        var script = try String(contentsOf: site.appendingPathComponent("assets/search-index.js"), encoding: .utf8)
        script = script.trimmingCharacters(in: .whitespacesAndNewlines)
        let prefix = "window.SeamSearchIndex = "
        #expect(script.hasPrefix(prefix) && script.hasSuffix(";"), "\(script.prefix(80))")
        let json = script.dropFirst(prefix.count).dropLast()
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let texts = Self.strings(value)
        #expect(texts.contains { $0.contains("Payload " + Self.script + " term") }, "the title is kept as typed")
        #expect(!texts.contains { $0.contains("&lt;script") }, "the index holds text, not HTML entities")
    }

    /// The same with the index in shards: every shard file one `seamShard("id", JSON)` call with no
    /// `<` in it, the payloads kept as typed.
    @Test func theSearchShardsKeepThePayloadAsData() throws {
        let site = try SeamProcess.temporaryDirectory().appendingPathComponent("site")
        let built = try SeamProcess.run(["build", "--content", Self.fixture, "--output", site.path, "--search-index", "shards"])
        try #require(built.status == 0, "exit \(built.status): \(built.stderr)")
        let shards = Self.files(site, ending: ".js").filter { $0.0.hasPrefix("assets/search/") }
        #expect(shards.count > 5)
        var texts: [String] = []
        for (path, text) in shards {
            #expect(!text.contains("<"), "\(path) holds a <")
            let id = String(path.dropFirst("assets/search/".count).dropLast(3))
            let prefix = "seamShard(\"\(id)\","
            #expect(text.hasPrefix(prefix) && text.hasSuffix(");\n"), "\(path): \(text.prefix(60))")
            let json = text.dropFirst(prefix.count).dropLast(3)
            texts += Self.strings(try JSONSerialization.jsonObject(with: Data(json.utf8)))
        }
        #expect(texts.contains { $0.contains("Payload " + Self.script + " term") }, "the title is kept as typed")
        #expect(!texts.contains { $0.contains("&lt;script") }, "the shards hold text, not HTML entities")
    }

    @Test func searchAndAssessKeepThePayloadAsData() throws {
        let search = try SeamProcess.run(["search", "Payloadterm", "--content", Self.fixture, "--json"])
        #expect(search.status == 0, "\(search.stderr)")
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [[String: Any]])
        #expect(hits.first?["title"] as? String == "Payload " + Self.script + " term")

        let assess = try SeamProcess.run(["assess", "payload-check", "--content", Self.fixture, "--answer", "first=yes",
                                          "--answer", "second=yes", "--format", "json"])
        #expect(assess.status == 0, "\(assess.stderr)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(assess.stdout.utf8)) as? [String: Any])
        #expect((result["outcome"] as? [String: Any])?["title"] as? String == "All good " + Self.script)

        let html = try SeamProcess.run(["assess", "payload-check", "--content", Self.fixture, "--answer", "first=no",
                                        "--answer", "second=no", "--format", "html"])
        #expect(html.status == 0, "\(html.stderr)")
        for bad in Self.forbidden { #expect(!html.stdout.contains(bad), "assess --format html holds `\(bad)`") }
        #expect(!html.stdout.lowercased().contains("href=\"javascript:"))
    }

    @Test func aBaseURLThatIsNotHTTPIsRefused() throws {
        for bad in ["javascript:alert(1)//", "data:text/html,<script>alert(1)</script>", "JaVaScRiPt:alert(1)",
                    "https://example.com/\"><script>alert(1)</script>", "ftp://example.com/", "//example.com/"] {
            let site = try SeamProcess.temporaryDirectory().appendingPathComponent("site")
            let output = try SeamProcess.run(["build", "--content", Self.fixture, "--output", site.path, "--base-url", bad])
            #expect(output.status != 0 && output.status < 128, "--base-url \(bad): exit \(output.status)")
            #expect(output.stderr.contains("base-url") || output.stderr.contains("base URL"), "--base-url \(bad): \(output.stderr)")
            #expect(!FileManager.default.fileExists(atPath: site.path), "--base-url \(bad) wrote a site")
        }
        let site = try SeamProcess.temporaryDirectory().appendingPathComponent("site")
        let good = try SeamProcess.run(["build", "--content", Self.fixture, "--output", site.path, "--base-url", "https://example.com/kb/"])
        #expect(good.status == 0, "\(good.stderr)")
        let sitemap = try String(contentsOf: site.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        let locations = sitemap.components(separatedBy: "<loc>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(!locations.isEmpty && locations.allSatisfy { $0.hasPrefix("https://example.com/kb/") && !$0.contains("//kb") },
                "\(locations.prefix(3))")
    }
}
