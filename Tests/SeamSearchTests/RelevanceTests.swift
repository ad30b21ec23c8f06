import Testing
@testable import SeamSearch

/// The relevance questions against the shipped knowledge base: the expected entry in the top 3.
@Suite struct RelevanceTests {
    @Test func atLeastFortyQuestions() {
        #expect(RelevanceCases.all.count >= 40)
    }

    @Test(arguments: RelevanceCases.all.map { [$0.query, $0.expected] })
    func expectedEntryInTopThree(_ pair: [String]) {
        let index = SearchTestSupport.shipped.index
        let top = SearchTestSupport.top(pair[0], in: index, limit: 3)
        #expect(top.contains(pair[1]), "\"\(pair[0])\": expected \(pair[1]) in the top 3, got \(top)")
    }
}
