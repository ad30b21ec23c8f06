import Foundation
import Testing
import SeamContent
@testable import SeamSearch

/// `search-engine.js`, run with node over the browser index, ranks like the Swift engine.
@Suite struct BrowserParityTests {
    static let engine = SearchTestSupport.repository.appendingPathComponent("Sources/SeamSite/Theme/assets/search-engine.js")

    static var node: String? {
        for path in ["/usr/bin/node", "/usr/local/bin/node", "/opt/homebrew/bin/node"] where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        return nil
    }

    /// Runs `script` with node; returns standard output.
    static func runNode(_ script: String, in directory: URL) throws -> String {
        let file = directory.appendingPathComponent("run.js")
        try script.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node!)
        process.arguments = [file.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Extra queries beyond the relevance questions: prefixes, typos, kinds of odd input.
    static let extraQueries = ["renewals", "churn rate", "cro", "Vice President", "seam", "café", "SaaS companies",
                               "sales ops", "board", "the", "health scor", "quota comp", "ARR", "ＮＲＲ", "don't"]

    @Test(.enabled(if: node != nil)) func javascriptRanksLikeSwift() throws {
        let shipped = SearchTestSupport.shipped
        let directory = try SearchTestSupport.temporaryDirectory()
        try BrowserIndex.json(shipped.data).write(to: directory.appendingPathComponent("index.json"), atomically: true, encoding: .utf8)
        try BrowserIndex.relatedScript(shipped.data).write(to: directory.appendingPathComponent("related.js"), atomically: true, encoding: .utf8)
        // Without quoted phrases, whose words the CLI also finds side by side in the entry's file.
        let queries = (RelevanceCases.all + RelevanceCases.paraphrases).map(\.query).filter { !$0.contains("\"") } + Self.extraQueries
        let queryData = try JSONSerialization.data(withJSONObject: queries)
        try queryData.write(to: directory.appendingPathComponent("queries.json"))
        let output = try Self.runNode("""
            const engine = require(\(String(reflecting: Self.engine.path)));
            const fs = require('fs');
            const index = JSON.parse(fs.readFileSync(\(String(reflecting: directory.appendingPathComponent("index.json").path)), 'utf8'));
            global.window = {};
            require(\(String(reflecting: directory.appendingPathComponent("related.js").path)));
            index.related = window.SeamSearchRelated;
            const queries = JSON.parse(fs.readFileSync(\(String(reflecting: directory.appendingPathComponent("queries.json").path)), 'utf8'));
            const out = queries.map(q => engine.search(index, q, 5).map(r => r.id + ' ' + r.score));
            console.log(JSON.stringify(out));
            """, in: directory)
        let javascript = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String]])
        #expect(javascript.count == queries.count)
        let searcher = Searcher(index: shipped.index)
        for (query, jsResults) in zip(queries, javascript) {
            let parsed = try SearchQuery.parse(query)
            let swift = searcher.search(parsed, limit: 5).hits.map { "\(shipped.index.document($0.document).id) \(Self.format($0.score))" }
            #expect(swift == jsResults.map(Self.normalize), "query \"\(query)\"")
        }
    }

    @Test(.enabled(if: node != nil)) func javascriptTokenizesLikeSwift() throws {
        let texts = ["Net-Revenue  Retention", "Café CRÈME", "ＦＵＬＬ width", "don't stop", "company’s renewals",
                     "27% of $10M-$50M ARR", "日本語のテキスト", "e\u{301}tude", "Straße", "İstanbul", "ﬁnance", "",
                     String(repeating: "x", count: 100), "VP CS", "naïve coöperation", "emoji 🙂 here", "Ωmega series"]
        let directory = try SearchTestSupport.temporaryDirectory()
        try JSONSerialization.data(withJSONObject: texts).write(to: directory.appendingPathComponent("texts.json"))
        // The engine tokenizes with the settings of an index's header (word length, stem exceptions).
        try BrowserIndex.json(SearchTestSupport.shipped.data).write(to: directory.appendingPathComponent("index.json"), atomically: true, encoding: .utf8)
        let output = try Self.runNode("""
            const engine = require(\(String(reflecting: Self.engine.path)));
            const fs = require('fs');
            const index = JSON.parse(fs.readFileSync(\(String(reflecting: directory.appendingPathComponent("index.json").path)), 'utf8'));
            const texts = JSON.parse(fs.readFileSync(\(String(reflecting: directory.appendingPathComponent("texts.json").path)), 'utf8'));
            console.log(JSON.stringify(texts.map(t => engine.tokenize(t, index).map(x => x.term + (x.upper ? '^' : '')))));
            """, in: directory)
        let javascript = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String]])
        for (text, js) in zip(texts, javascript) {
            let swift = Tokenizer.tokenize(text).map { $0.term + ($0.isUppercase ? "^" : "") }
            #expect(swift == js, "text \"\(text)\"")
        }
    }

    @Test(.enabled(if: node != nil)) func snippetsAreEscaped() throws {
        let directory = try SearchTestSupport.temporaryDirectory()
        let content = try SearchTestSupport.writeContent([
            "terms/evil.md": SearchTestSupport.entry("Evil </script> renewal", summary: "<img src=x onerror=alert(1)> renewal & \\\"quotes\\\""),
        ], in: directory)
        let data = IndexBuilder.build(try KnowledgeBase.load(content))
        try BrowserIndex.script(data).write(to: directory.appendingPathComponent("index.js"), atomically: true, encoding: .utf8)
        let output = try Self.runNode("""
            global.window = {};
            require(\(String(reflecting: directory.appendingPathComponent("index.js").path)));
            const engine = require(\(String(reflecting: Self.engine.path)));
            console.log(JSON.stringify(engine.search(window.SeamSearchIndex, 'renewal', 5)));
            """, in: directory)
        let results = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        let first = try #require(results.first)
        #expect(first["url"] as? String == "terms/evil.html")
        #expect(first["title"] as? String == "Evil </script> renewal")
        let html = try #require(first["snippetHTML"] as? String)
        #expect(html.hasPrefix("&lt;img src=x onerror=alert(1)&gt; <mark>renewal</mark> &amp; &quot;quotes&quot;"))
        #expect(!html.contains("<img"))
    }

    @Test func browserIndexIsSafeJSON() throws {
        let json = BrowserIndex.json(SearchTestSupport.shipped.data)
        #expect(!json.contains("<"))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["format"] as? String == "seam-search")
        #expect((object?["docs"] as? [Any])?.count == SearchTestSupport.shipped.data.documents.count)
    }

    static func format(_ score: Double) -> String { normalize("x \(score)").split(separator: " ").last.map(String.init) ?? "" }

    /// `id score` with the score printed the same way in both languages.
    static func normalize(_ text: String) -> String {
        let parts = text.split(separator: " ")
        guard parts.count == 2, let value = Double(parts[1]) else { return text }
        return "\(parts[0]) \(String(format: "%.6f", value))"
    }
}
