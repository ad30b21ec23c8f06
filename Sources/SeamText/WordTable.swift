#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Words (byte strings) numbered 0, 1, 2 ... in the order they are first added, looked up by
/// their bytes: an open-addressing table of FNV-1a hashes over one buffer of bytes, so that
/// numbering or finding a word costs no `String` and no allocation. The search index numbers
/// every word of every entry with one; the glossary linker looks up every word of the prose.
package struct WordTable: Sendable {
    /// Where a word's bytes are in `bytes`, and its hash.
    private struct Word: Sendable {
        var start: Int
        var count: Int
        var hash: UInt64
    }

    private var bytes: [UInt8] = []
    /// The words by number.
    private var words: [Word] = []
    /// Word number per slot, -1 for empty. The size is a power of two, at most half full.
    private var slots = [Int32](repeating: -1, count: 64)

    package init() {}

    /// How many words there are; they are numbered from 0 to `count - 1`.
    package var count: Int { words.count }

    /// The number of `word`, added if new.
    package mutating func insert(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = FNV1a.hash(word)
        let (found, slot) = probe(word, hash)
        if let found { return found }
        let number = Int32(count)
        words.append(Word(start: bytes.count, count: word.count, hash: hash))
        bytes.append(contentsOf: word)
        slots[slot] = number
        if count * 2 > slots.count { grow() }
        return number
    }

    /// The number of the UTF-8 bytes of `word`, added if new.
    package mutating func insert(_ word: String) -> Int32 {
        var word = word
        return word.withUTF8 { insert($0) }
    }

    /// The number of `word`, nil when it was never added.
    package func number(of word: UnsafeBufferPointer<UInt8>) -> Int32? {
        probe(word, FNV1a.hash(word)).number
    }

    /// Word `number` as a String.
    package func word(_ number: Int) -> String {
        String(decoding: bytes[words[number].start..<(words[number].start + words[number].count)], as: UTF8.self)
    }

    /// Whether word `a` sorts before word `b` by their bytes, compared where they are stored.
    package func precedes(_ a: Int, _ b: Int) -> Bool {
        let a = words[a], b = words[b]
        let order = bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + a.start, $0.baseAddress! + b.start, min(a.count, b.count)) }
        return order != 0 ? order < 0 : a.count < b.count
    }

    /// Walks the slots from `hash`'s: the number of `word` if it is there, and the slot where
    /// the walk stopped (the word's, or the empty one where it would go).
    private func probe(_ word: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> (number: Int32?, slot: Int) {
        slots.withUnsafeBufferPointer { slots in
            words.withUnsafeBufferPointer { words in
                bytes.withUnsafeBufferPointer { bytes in
                    let mask = slots.count - 1
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let number = slots[slot]
                        if number < 0 { return (nil, slot) }
                        let stored = words[Int(number)]
                        if stored.hash == hash, stored.count == word.count,
                           word.isEmpty || memcmp(bytes.baseAddress! + stored.start, word.baseAddress!, word.count) == 0 {
                            return (number, slot)
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, word) in words.enumerated() {
            var slot = Int(truncatingIfNeeded: word.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }
}
