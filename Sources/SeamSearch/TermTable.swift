#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Terms numbered in the order they are first met, looked up by their UTF-8 bytes: an
/// open-addressing table with FNV-1a hashes, so that numbering a word of an entry's text costs
/// no String and no allocation (the index builder numbers every word of every entry).
struct TermTable {
    /// Where a term's bytes are in `bytes`, and its hash.
    private struct Term {
        var start: Int
        var count: Int
        var hash: UInt64
    }

    private var bytes: [UInt8] = []
    /// The terms by number.
    private var terms: [Term] = []
    /// Term number per slot, -1 for empty. The size is a power of two, at most half full.
    private var slots = [Int32](repeating: -1, count: 1024)

    var count: Int { terms.count }

    /// The number of the term `word`, added if new.
    mutating func number(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let number = slots[slot]
            let term = terms[Int(number)]
            if term.hash == hash, term.count == word.count,
               word.isEmpty || bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + term.start, word.baseAddress!, word.count) == 0 }) {
                return number
            }
            slot = (slot + 1) & mask
        }
        let number = Int32(count)
        terms.append(Term(start: bytes.count, count: word.count, hash: hash))
        bytes.append(contentsOf: word)
        slots[slot] = number
        if count * 2 > slots.count { grow() }
        return number
    }

    /// The number of the term `term`, added if new.
    mutating func number(_ term: String) -> Int32 {
        var term = term
        return term.withUTF8 { number($0) }
    }

    /// Term `number` as a String.
    func term(_ number: Int) -> String {
        String(decoding: bytes[terms[number].start..<(terms[number].start + terms[number].count)], as: UTF8.self)
    }

    /// Whether term `a` sorts before term `b` by their UTF-8 bytes (as `IndexData.terms` are
    /// sorted), compared where they are stored instead of as Strings.
    func precedes(_ a: Int, _ b: Int) -> Bool {
        let a = terms[a], b = terms[b]
        let order = bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + a.start, $0.baseAddress! + b.start, min(a.count, b.count)) }
        return order != 0 ? order < 0 : a.count < b.count
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, term) in terms.enumerated() {
            var slot = Int(truncatingIfNeeded: term.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }
}
