import PropertyBased
import Testing
@testable import SeamText

/// `EdgeTable` against a `Dictionary` keyed by (node, word).
@Suite struct EdgeTableTests {
    struct Edge: Hashable { var node: Int32, word: Int32 }

    /// Edges set in order, over few nodes and words so that some are set twice, and -1 among them.
    static let edges = zip(Gen.int32(in: -1...40), Gen.int32(in: -1...40), Gen.int32(in: 0...1_000))
        .filter { $0.0 != -1 || $0.1 != -1 }.array(of: 0...300)

    @Test func mapsEdgesAsADictionaryWould() async {
        await propertyCheck(input: Self.edges) { edges in
            var table = EdgeTable()
            var reference: [Edge: Int32] = [:]
            for (node, word, value) in edges {
                table.set(node, word, value)
                reference[Edge(node: node, word: word)] = value
            }
            #expect(table.count == reference.count)
            for node in Int32(-1)...41 {
                for word in Int32(-1)...41 where node != -1 || word != -1 {
                    #expect(table[node, word] == reference[Edge(node: node, word: word)], "(\(node), \(word))")
                }
            }
        }
    }
}
