import PropertyBased
import Testing
@testable import SeamText

/// `WordTrie` against a `Dictionary` from every path (a prefix of an inserted sequence) to its node.
@Suite struct WordTrieTests {
    static let paths = Gen.int32(in: 0...5).array(of: 0...5).array(of: 0...40)

    @Test func findsPathsAsADictionaryWould() async {
        await propertyCheck(input: Self.paths) { paths in
            var trie = WordTrie()
            var nodes: [[Int32]: Int32] = [[]: 0]
            for path in paths {
                let node = trie.insert(path)
                for length in 0...path.count where nodes[Array(path[..<length])] == nil {
                    nodes[Array(path[..<length])] = Int32(nodes.count)
                }
                #expect(node == nodes[path], "insert \(path)")
            }
            #expect(trie.nodeCount == nodes.count)
            for (path, node) in nodes {
                for word in Int32(0)...6 {
                    #expect(trie.child(node, word) == nodes[path + [word]], "child of \(path) by \(word)")
                }
            }
            #expect(trie.child(0, -1) == nil)
        }
    }
}
