import Testing
@testable import SeamSearch

/// The one tokenizer: Unicode, empty input, very long words, numbers, apostrophes.
@Suite struct TokenizerTests {
    @Test(arguments: [
        ("", []),
        ("   \n\t ", []),
        ("!!! --- ...", []),
        ("Net-Revenue  Retention", ["net", "revenue", "retention"]),
        ("Café CRÈME brûlée", ["cafe", "creme", "brulee"]),
        ("e\u{301}tude", ["etude"]),
        ("ＦＵＬＬ width", ["full", "width"]),
        ("ﬁnance", ["finance"]),
        ("Straße", ["straße"]),
        ("日本語のテキスト", ["日本語のテキスト"]),
        ("emoji 🙂 here", ["emoji", "here"]),
        ("27% of $10M-$50M ARR", ["27", "of", "10m", "50m", "arr"]),
        ("3.5 times", ["3", "5", "time"]),
        ("don't stop", ["dont", "stop"]),
        ("company’s renewals", ["company", "renewal"]),
        ("'quoted' words'", ["quoted", "word"]),
        ("renewals Renewal RENEWALS", ["renewal", "renewal", "renewal"]),
        ("companies series analysis process businesses SaaS", ["company", "series", "analysis", "process", "business", "saas"]),
    ] as [(String, [String])])
    func terms(_ text: String, _ expected: [String]) {
        #expect(Tokenizer.terms(text) == expected)
    }

    @Test func veryLongWordsAreCut() {
        let tokens = Tokenizer.tokenize(String(repeating: "a", count: 10_000) + " end")
        #expect(tokens.count == 2)
        #expect(tokens[0].word.count == Tokenizer.maximumWordLength)
        #expect(tokens[0].range == 0..<10_000)
        #expect(tokens[1].word == "end")
    }

    @Test func manyWordsAreFast() {
        let text = String(repeating: "Retention and renewals, after the sale. ", count: 20_000)
        #expect(Tokenizer.tokenize(text).count == 120_000)
    }

    @Test func rangesPointIntoTheOriginal() {
        let text = "Le café, c’est NRR."
        let bytes = Array(text.utf8)
        let words = Tokenizer.tokenize(text).map { String(decoding: bytes[$0.range], as: UTF8.self) }
        #expect(words == ["Le", "café", "c’est", "NRR"])
    }

    @Test func capitalsAreNoted() {
        #expect(Tokenizer.tokenize("CS cs Cs VP CS 27").map(\.isUppercase) == [true, false, false, true, true, false])
    }

    @Test func stemmingIsLight() {
        #expect(Stemmer.stem("renewals") == "renewal")
        #expect(Stemmer.stem("policies") == "policy")
        #expect(Stemmer.stem("classes") == "class")
        #expect(Stemmer.stem("status") == "status")
        #expect(Stemmer.stem("its") == "its")
        #expect(Stemmer.stem("series") == "series")
        #expect(Stemmer.stem("renewal") == "renewal")
    }

    @Test func typoDistanceCountsSwapsAsOne() {
        #expect(TypoDistance.distance("renwal", "renewal", limit: 1) == 1)
        #expect(TypoDistance.distance("retension", "retention", limit: 2) == 1)
        #expect(TypoDistance.distance("teh", "the", limit: 1) == 1)
        #expect(TypoDistance.distance("churn", "chart", limit: 1) == nil)
        #expect(TypoDistance.allowedEdits(forLength: 3) == 0)
        #expect(TypoDistance.allowedEdits(forLength: 4) == 1)
        #expect(TypoDistance.allowedEdits(forLength: 8) == 2)
    }

    @Test func queriesSplitPhrasesAndRefuseBadInput() throws {
        let query = try SearchQuery.parse("owner \"span of control\" expan")
        #expect(query.parts.count == 3)
        #expect(query.endsInWord)
        #expect(try SearchQuery.parse("renewal ").endsInWord == false)
        #expect(throws: SearchQuery.Problem.empty) { try SearchQuery.parse("") }
        #expect(throws: SearchQuery.Problem.empty) { try SearchQuery.parse("  %%% ") }
        #expect(throws: SearchQuery.Problem.tooLong(10_000)) { try SearchQuery.parse(String(repeating: "a", count: 10_000)) }
        #expect(throws: SearchQuery.Problem.controlCharacter(0x1B)) { try SearchQuery.parse("nrr\u{1B}[31m") }
        #expect(try SearchQuery.parse(String(repeating: "word ", count: 150)).parts.count == SearchQuery.maximumWords)
    }
}
