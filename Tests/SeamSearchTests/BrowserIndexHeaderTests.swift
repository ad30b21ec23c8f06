import Foundation
import Testing
import SeamContent
@testable import SeamSearch

/// The header of the browser index holds the Swift constants that `search-engine.js` reads
/// instead of copies (Tests/js checks that the engine uses them), and stays small.
@Suite struct BrowserIndexHeaderTests {
    static var index: [String: Any] {
        let json = BrowserIndex.json(SearchTestSupport.shipped.data)
        return (try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]) ?? [:]
    }

    static var settings: [String: Any] { index["settings"] as? [String: Any] ?? [:] }

    @Test func theHeaderHoldsTheSearchConstants() throws {
        let settings = Self.settings
        #expect(Self.index["version"] as? Int == BrowserIndex.version)
        #expect(settings["stopWords"] as? [String] == StopWords.words.sorted())
        #expect(settings["synonyms"] as? [[String]] == Synonyms.groups)
        #expect(settings["stemExceptions"] as? [String] == Stemmer.exceptions.map { String(decoding: $0, as: UTF8.self) })
        #expect(settings["k1"] as? Double == Scoring.k1)
        #expect(settings["b"] as? [Double] == Scoring.b)
        #expect(settings["weights"] as? [Double] == Scoring.weights)
        #expect(settings["bodyFrequency"] as? [Double] == Scoring.bodyFrequency)
        #expect(settings["maxWordLength"] as? Int == Tokenizer.maximumWordLength)
        #expect(settings["maxQueryLength"] as? Int == SearchQuery.maximumLength)
        #expect(settings["maxQueryWords"] as? Int == SearchQuery.maximumWords)
        #expect(settings["maxNameWords"] as? Int == Searcher.maximumNameWords)
        #expect(settings["maxPrefixTerms"] as? Int == Searcher.maximumPrefixTerms)
        let typoLengths = try #require(settings["typoLengths"] as? [Int])
        #expect(typoLengths == [4, 8])
        for length in 0...20 {
            let edits = length >= typoLengths[1] ? 2 : (length >= typoLengths[0] ? 1 : 0)
            #expect(edits == TypoDistance.allowedEdits(forLength: length), "length \(length)")
        }
        let match = try #require(settings["matchWeights"] as? [String: Double])
        #expect(match == ["exact": Searcher.Weight.exact, "prefix": Searcher.Weight.prefix, "oneTypo": Searcher.Weight.oneTypo,
                          "twoTypos": Searcher.Weight.twoTypos, "nameWords": Searcher.Weight.nameWords, "synonym": Synonyms.weight,
                          "related": Searcher.Weight.related])
        let meaning = try #require(settings["meaning"] as? [String: Double])
        #expect(meaning == ["k": Fusion.k, "depth": Double(Fusion.depth)])
    }

    @Test func kindsCarryTheirLabels() {
        let kinds = Self.index["kinds"] as? [[String]]
        #expect(kinds == SearchTestSupport.shipped.base.schema.kinds.map { [$0.id, $0.folder, $0.singularName] })
    }

    @Test func theHeaderIsSmallAndTheSameEveryTime() throws {
        let header = try JSONSerialization.data(withJSONObject: Self.settings)
        #expect(header.count < 2_500, "the header is \(header.count) bytes")
        #expect(BrowserIndex.json(SearchTestSupport.shipped.data) == BrowserIndex.json(SearchTestSupport.shipped.data))
    }
}
