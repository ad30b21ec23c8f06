#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Terms numbered in the order they are first met, looked up by their UTF-8 bytes: an
/// open-addressing table with FNV-1a hashes, so that numbering a word of an entry's text costs
/// no String and no allocation (the index builder numbers every word of every entry).
struct TermTable {
    private var bytes: [UInt8] = []
    /// Term `n` is `bytes[starts[n]..<starts[n + 1]]`.
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Term number per slot, -1 for empty. The size is a power of two, at most half full.
    private var slots = [Int32](repeating: -1, count: 1024)

    var count: Int { hashes.count }

    /// The number of the term `word`, added if new.
    mutating func number(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let number = Int(slots[slot])
            if hashes[number] == hash, starts[number + 1] - starts[number] == word.count,
               word.isEmpty || bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + starts[number], word.baseAddress!, word.count) == 0 }) {
                return Int32(number)
            }
            slot = (slot + 1) & mask
        }
        let number = Int32(count)
        bytes.append(contentsOf: word)
        starts.append(bytes.count)
        hashes.append(hash)
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
        String(decoding: bytes[starts[number]..<starts[number + 1]], as: UTF8.self)
    }

    /// Whether term `a` sorts before term `b` by their UTF-8 bytes (as `IndexData.terms` are
    /// sorted), compared where they are stored instead of as Strings.
    func precedes(_ a: Int, _ b: Int) -> Bool {
        let lengthA = starts[a + 1] - starts[a], lengthB = starts[b + 1] - starts[b]
        let order = bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + starts[a], $0.baseAddress! + starts[b], min(lengthA, lengthB)) }
        return order != 0 ? order < 0 : lengthA < lengthB
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }
}
