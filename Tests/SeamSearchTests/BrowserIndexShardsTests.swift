import Foundation
import Testing
import SeamContent
@testable import SeamSearch

/// The sharded browser index: every file a script that hands one JSON value to `seamShard`, text
/// escaped as in the single file, every term, name and entry in exactly one shard of its kind.
@Suite struct BrowserIndexShardsTests {
    static let files = BrowserIndex.files(SearchTestSupport.shipped.data, layout: .shards)

    /// The JSON value a shard file hands to `seamShard`, and its id.
    static func shard(_ file: BrowserIndex.File) throws -> (id: String, value: [String: Any]) {
        let text = String(decoding: file.bytes, as: UTF8.self)
        let pattern = try NSRegularExpression(pattern: #"^seamShard\("([a-z][0-9]+)",(.*)\);\n$"#, options: [.dotMatchesLineSeparators])
        let match = try #require(pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), "\(text.prefix(60))")
        let id = String(text[Range(match.range(at: 1), in: text)!])
        let json = String(text[Range(match.range(at: 2), in: text)!])
        let value = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(file.path == "assets/search/\(id).js")
        return (id, value)
    }

    static var manifest: [String: Any] {
        get throws {
            let text = String(decoding: files[0].bytes, as: UTF8.self)
            let prefix = "window.SeamSearchIndex = "
            #expect(text.hasPrefix(prefix) && text.hasSuffix(";\n"))
            let json = text.dropFirst(prefix.count).dropLast(2)
            return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        }
    }

    @Test func everyTermNameAndEntryIsInOneShard() throws {
        let data = SearchTestSupport.shipped.data
        let shards = try Self.files.dropFirst().map(Self.shard)
        let table = try #require(try Self.manifest["shards"] as? [String: Any])
        #expect(table["count"] as? Int == data.documents.count)
        #expect(table["termCount"] as? Int == data.terms.count)
        let dictionary = shards.filter { $0.id.hasPrefix("d") }.sorted { Int($0.id.dropFirst())! < Int($1.id.dropFirst())! }
        let terms = dictionary.flatMap { ($0.value["terms"] as? [[Any]]) ?? [] }
        #expect(terms.compactMap { $0[0] as? String } == data.terms.map(\.term))
        #expect(terms.compactMap { $0[1] as? Int } == data.terms.map(\.postings.count))
        let names = shards.filter { $0.id.hasPrefix("n") || $0.id.hasPrefix("p") }.flatMap { ($0.value["names"] as? [[Any]]) ?? [] }
        #expect(names.count == data.names.count)
        #expect(Set(names.compactMap { $0[0] as? String }) == Set(data.names.map(\.key)))
        let postings = shards.filter { $0.id.hasPrefix("p") }.flatMap { ($0.value["postings"] as? [String]) ?? [] }
        #expect(postings.count == data.terms.count)
        #expect(shards.filter { $0.id.hasPrefix("p") && $0.value["top"] != nil }.allSatisfy { ($0.value["postings"] as? [String])?.count == 1 })
        let content = shards.filter { $0.id.hasPrefix("c") }.flatMap { ($0.value["docs"] as? [[Any]]) ?? [] }
        #expect(content.compactMap { $0[0] as? String } == data.documents.map(\.id))
        #expect((table["dictionary"] as? [Any])?.count == dictionary.count)
    }

    /// A postings shard of one term carries the text of the entries that term scores best in, as
    /// the content shards have it, best first by `Scoring` (with every term in a shard of its own).
    @Test func aShardOfOneTermCarriesItsBestEntries() throws {
        let data = SearchTestSupport.shipped.data
        let shards = try ShardWriter(data, postingsBytes: 1).files().dropFirst().map(Self.shard)
        let content = shards.filter { $0.id.hasPrefix("c") }.sorted { Int($0.id.dropFirst())! < Int($1.id.dropFirst())! }
            .flatMap { ($0.value["docs"] as? [[Any]]) ?? [] }
        let postings = shards.filter { $0.id.hasPrefix("p") }.sorted { Int($0.id.dropFirst())! < Int($1.id.dropFirst())! }
        #expect(postings.count == data.terms.count)
        let averages = data.averageLengths
        for (term, shard) in zip(data.terms, postings) {
            let top = try #require(shard.value["top"] as? [[Any]], "\(term.term)")
            #expect(top.count == min(ShardWriter.topPerTerm, term.postings.count))
            let idf = Scoring.idf(df: term.postings.count, count: data.documents.count)
            let scores = Dictionary(uniqueKeysWithValues: term.postings.map { posting in
                let lengths = data.documents[posting.document].lengths
                return (posting.document, Scoring.rounded(Scoring.score(code: posting.code, lengths: (lengths[0], lengths[1], lengths[2]), averages: averages, idf: idf)))
            })
            let numbers = top.compactMap { $0[0] as? Int }
            let ranked = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(top.count).map(\.key)
            #expect(numbers == ranked, "\(term.term)")
            for (number, entry) in zip(numbers, top) {
                #expect(NSArray(array: Array(entry.dropFirst())).isEqual(to: content[number]), "\(term.term): \(entry)")
            }
        }
    }

    /// With every term in a postings shard of its own, a name is in the shard of its key's first
    /// term (which the manifest marks 2) unless that term is a stop word's, then in a names shard;
    /// in either, in the single index's order.
    @Test func aShardOfOneTermHoldsTheNamesStartingWithItsTerm() throws {
        let data = SearchTestSupport.shipped.data
        let files = ShardWriter(data, postingsBytes: 1).files()
        let shards = try files.dropFirst().map(Self.shard)
        let text = String(decoding: files[0].bytes, as: UTF8.self).dropFirst("window.SeamSearchIndex = ".count).dropLast(2)
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let table = try #require((manifest["shards"] as? [String: Any])?["postings"] as? [[Any]])
        let stopTerms = Set(StopWords.words.flatMap { Tokenizer.terms($0) })
        #expect(table.count == data.terms.count)
        var held: [String] = []
        for (number, (term, entry)) in zip(data.terms, table).enumerated() {
            let names = try #require(shards.first { $0.id == "p\(number)" }).value["names"] as? [[Any]]
            #expect(entry[2] as? Int == (stopTerms.contains(term.term) ? 1 : 2), "\(term.term)")
            #expect(names == nil || entry[2] as? Int == 2, "\(term.term)")
            let keys = (names ?? []).compactMap { $0[0] as? String }
            #expect(keys.allSatisfy { $0 == term.term || $0.hasPrefix(term.term + " ") }, "\(term.term): \(keys)")
            held += keys
        }
        let elsewhere = shards.filter { $0.id.hasPrefix("n") }.flatMap { ($0.value["names"] as? [[Any]]) ?? [] }.compactMap { $0[0] as? String }
        #expect(elsewhere.allSatisfy { stopTerms.contains(String($0.prefix { $0 != " " })) }, "\(elsewhere.prefix(5))")
        #expect((held + elsewhere).sorted() == data.names.map(\.key).sorted())
        #expect(!held.isEmpty)
    }

    @Test func theSameDataGivesTheSameFiles() {
        #expect(BrowserIndex.files(SearchTestSupport.shipped.data, layout: .shards) == Self.files)
    }

    @Test func theAutomaticLayoutShardsOnlyABigIndex() {
        let data = SearchTestSupport.shipped.data
        let estimate = BrowserIndex.estimatedSize(data), actual = BrowserIndex.script(data).utf8.count
        #expect(abs(estimate - actual) < actual / 5, "estimated \(estimate) bytes, written \(actual)")
        #expect(BrowserIndex.files(data, layout: .automatic).count == 1)
    }

    @Test func anEmptyKnowledgeBaseHasShardsToo() throws {
        let directory = try SearchTestSupport.temporaryDirectory()
        let content = try SearchTestSupport.writeContent(["terms/.keep": ""], in: directory)
        let files = BrowserIndex.files(IndexBuilder.build(try KnowledgeBase.load(content)), layout: .shards)
        #expect(files.map(\.path).contains("assets/search/d0.js"))
        #expect(files.map(\.path).contains("assets/search/p0.js"))
    }

    /// A hostile title, summary, alias and id stay inside their strings: no `<` (so no
    /// `</script>` or `<!--`), no raw line separators, and the text reads back as written.
    @Test func hostileTextStaysInItsString() throws {
        let directory = try SearchTestSupport.temporaryDirectory()
        let title = "Evil </script><script>alert(1)</script> renewal \u{2028}\u{2029} \"); seamShard(\"c0\", {}); //"
        let summary = "<!-- <img src=x onerror=alert(2)> renewal & \\\\ \\\" `${x}`"
        let content = try SearchTestSupport.writeContent([
            "terms/evil.md": "---\ntitle: \(String(reflecting: title))\nsummary: \(String(reflecting: summary))\naliases: [\"</script>EVL\"]\n---\nrenewal body\n",
        ], in: directory)
        let files = BrowserIndex.files(IndexBuilder.build(try KnowledgeBase.load(content)), layout: .shards)
        for file in files {
            let text = String(decoding: file.bytes, as: UTF8.self)
            #expect(!text.contains("<"), "\(file.path)")
            #expect(!text.contains("\u{2028}") && !text.contains("\u{2029}"), "\(file.path)")
        }
        let shards = try files.dropFirst().map(Self.shard)  // each one call with one JSON value
        let docs = try #require(shards.first { $0.id == "c0" }?.value["docs"] as? [[Any]])
        let parsed = try #require(try? KnowledgeBase.load(content).entries.first)
        #expect(docs.first?[2] as? String == parsed.title)
        #expect(docs.first?[3] as? String == parsed.summary)
        #expect(parsed.title.contains("</script>"))
    }
}
