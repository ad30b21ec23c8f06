import Testing
@testable import SeamSearch

/// The relevance questions against the shipped knowledge base: the expected entry in the top 3.
@Suite struct RelevanceTests {
    @Test func atLeastFortyQuestions() {
        #expect(RelevanceCases.all.count >= 40)
    }

    /// The paraphrases put their entry in the top 3 at least as often as when this was measured
    /// (bench/relevance prints the figures and the misses).
    @Test func paraphrasesInTopThree() {
        let index = SearchTestSupport.shipped.index
        let found = RelevanceCases.paraphrases.filter { SearchTestSupport.top($0.query, in: index, limit: 3).contains($0.expected) }
        #expect(RelevanceCases.paraphrases.count == 30)
        #expect(found.count >= Self.paraphrasesFound, "\(found.count) of 30 in the top 3")
    }

    static let paraphrasesFound = 11

    @Test(arguments: RelevanceCases.all.map { [$0.query, $0.expected] })
    func expectedEntryInTopThree(_ pair: [String]) {
        let index = SearchTestSupport.shipped.index
        let top = SearchTestSupport.top(pair[0], in: index, limit: 3)
        #expect(top.contains(pair[1]), "\"\(pair[0])\": expected \(pair[1]) in the top 3, got \(top)")
    }
}
