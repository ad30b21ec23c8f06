/// A trie of words by number (`WordTable`'s): the names of a knowledge base, word by word, for
/// finding the longest name at each word of a text. Nodes are numbered, 0 is the root; whoever
/// builds the trie keeps what a name ending at a node means in an array by node.
package struct WordTrie: Sendable {
    /// Edges from the root, by word number (-1 for none): every word of a text is tried here,
    /// and most start no name.
    private var rootEdges: [Int32] = []
    /// The other edges.
    private var edges = EdgeTable()
    /// How many nodes there are, the root included.
    package private(set) var nodeCount = 1

    package init() {}

    /// The node at the end of the path `words` (word numbers, not negative) from the root; the
    /// nodes of the path are added where missing.
    package mutating func insert(_ words: some Sequence<Int32>) -> Int32 {
        var node: Int32 = 0
        for word in words {
            if let next = child(node, word) {
                node = next
                continue
            }
            let new = Int32(nodeCount)
            nodeCount += 1
            if node == 0 {
                if rootEdges.count <= Int(word) { rootEdges += [Int32](repeating: -1, count: Int(word) + 1 - rootEdges.count) }
                rootEdges[Int(word)] = new
            } else {
                edges.set(node, word, new)
            }
            node = new
        }
        return node
    }

    /// The node below `node` by `word`, if any.
    package func child(_ node: Int32, _ word: Int32) -> Int32? {
        guard node == 0 else { return edges[node, word] }
        guard word >= 0, Int(word) < rootEdges.count, rootEdges[Int(word)] >= 0 else { return nil }
        return rootEdges[Int(word)]
    }
}
