/// A map from (node, word) to node, the edges of a `WordTrie`: an open-addressing table of
/// 64-bit keys. The lookup runs once per word of a text in a knowledge base whose names are made
/// of its common words, where a `Dictionary` hashed it with SipHash.
package struct EdgeTable: Sendable {
    /// Per slot: the key, `empty` for none, and the node.
    private var keys = [UInt64](repeating: empty, count: 64)
    private var values = [Int32](repeating: 0, count: 64)
    package private(set) var count = 0

    /// No key: the key of node -1 by word -1, which no trie has.
    private static let empty = UInt64.max

    package init() {}

    private static func key(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    /// The first slot to probe: the high half of the product folded onto the low half, so that
    /// the node (the key's high half) reaches the low bits the mask keeps; without it, all the
    /// edges of one word would share a slot and probe in long runs.
    private static func home(_ key: UInt64, _ mask: Int) -> Int {
        let mixed = key &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed ^ mixed >> 32) & mask
    }

    /// The node the edge from `node` by `word` leads to, if there is one.
    package subscript(node: Int32, word: Int32) -> Int32? {
        let key = Self.key(node, word)
        let mask = keys.count - 1
        var slot = Self.home(key, mask)
        while keys[slot] != Self.empty {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Sets the edge from `node` by `word` (not both -1) to lead to `value`.
    package mutating func set(_ node: Int32, _ word: Int32, _ value: Int32) {
        precondition(node != -1 || word != -1, "(-1, -1) marks an empty slot")
        if (count + 1) * 2 > keys.count {
            let oldKeys = keys, oldValues = values
            keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
            values = [Int32](repeating: 0, count: oldKeys.count * 2)
            count = 0
            for (key, value) in zip(oldKeys, oldValues) where key != Self.empty { place(key, value) }
        }
        place(Self.key(node, word), value)
    }

    private mutating func place(_ key: UInt64, _ value: Int32) {
        let mask = keys.count - 1
        var slot = Self.home(key, mask)
        while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == Self.empty { count += 1 }
        keys[slot] = key
        values[slot] = value
    }
}
