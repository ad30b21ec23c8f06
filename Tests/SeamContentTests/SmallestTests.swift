import SeamContent
import SeamTestSupport
import Testing

/// `smallest(_:by:)` (the one-pass selection of a term's best entries) against the whole sort it
/// stands for, on random lists with many ties broken by position.
@Suite struct SmallestTests {
    @Test func equalsTheFirstOfTheWholeSort() {
        var random = SeededRandom.make()
        print("SmallestTests: \(random.replay)")
        for _ in 0..<500 {
            let length = Int.random(in: 0...60, using: &random)
            // Few distinct scores, so that most comparisons fall to the tie-break.
            let scores = (0..<length).map { ($0, Double(Int.random(in: 0...5, using: &random)) / 4) }
            let count = Int.random(in: 0...(length + 2), using: &random)
            let order: ((Int, Double), (Int, Double)) -> Bool = { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            let expected = scores.sorted(by: order).prefix(count).map(\.0)
            #expect(scores.smallest(count, by: order).map(\.0) == expected, "\(scores), \(count)")
        }
    }

    @Test func aCountOfZeroOrLessKeepsNothing() {
        #expect([3, 1, 2].smallest(0, by: <).isEmpty)
        #expect([3, 1, 2].smallest(-1, by: <).isEmpty)
        #expect([3, 1, 2].smallest(5, by: <) == [1, 2, 3])
    }
}
