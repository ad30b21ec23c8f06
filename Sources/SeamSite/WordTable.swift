/// The words of glossary names, numbered, for the linker: an open-addressing table over the
/// words' lowercased bytes (FNV-1a hashes), so that looking a word of the prose up costs no
/// allocation and no `String` at all.
struct WordTable: Sendable {
    private var bytes: [UInt8] = []
    /// Per word: where its bytes start and end in `bytes`, and its hash.
    private var starts: [Int] = []
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    /// Slots: word number + 1, 0 for empty. The size is a power of two, at most half full.
    private var slots = [Int32](repeating: 0, count: 64)

    var count: Int { starts.count }

    /// The number of the word whose lowercased bytes are `word`, added if new.
    mutating func insert(_ word: [UInt8]) -> Int32 {
        let hash = Self.hash(word[...])
        if let found = find(word[...], hash: hash) { return found }
        if (count + 1) * 2 > slots.count { grow() }
        let number = Int32(count)
        starts.append(bytes.count)
        bytes.append(contentsOf: word)
        ends.append(bytes.count)
        hashes.append(hash)
        place(number, hash: hash)
        return number
    }

    /// The number of `word` (already lowercased), if it is a word of some name.
    func find(_ word: ArraySlice<UInt8>, hash: UInt64) -> Int32? {
        probe(hash) { number in bytes[starts[number]..<ends[number]].elementsEqual(word) }
    }

    /// The number of the word at `range` of `text`, ASCII letters and digits only, whose
    /// lowercase bytes hash to `hash` (the linker hashes a word while it scans it).
    func findASCII(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64) -> Int32? {
        probe(hash) { number in matches(number, text, range) }
    }

    /// Walks the slots from `hash`'s to the first empty one; the number of the first word with
    /// that hash for which `isWord` holds.
    @inline(__always) private func probe(_ hash: UInt64, _ isWord: (Int) -> Bool) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                let mask = slots.count - 1
                var slot = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let entry = slots[slot]
                    if entry == 0 { return nil }
                    let number = Int(entry - 1)
                    if hashes[number] == hash, isWord(number) { return entry - 1 }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// True when word `number` is the ASCII word at `range` of `text`, ignoring case.
    private func matches(_ number: Int, _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let start = starts[number]
        guard ends[number] - start == range.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            var offset = start
            for position in range {
                if Self.lowercased(text[position]) != stored[offset] { return false }
                offset += 1
            }
            return true
        }
    }

    /// An ASCII letter or digit in lowercase: setting bit 5 lowercases a letter, and digits have
    /// it set already.
    @inline(__always) static func lowercased(_ letterOrDigit: UInt8) -> UInt8 { letterOrDigit | 0x20 }

    /// FNV-1a, a byte at a time, so that the linker can hash a word while it scans it.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) static func hash(_ hash: UInt64, adding byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    static func hash(_ word: ArraySlice<UInt8>) -> UInt64 {
        word.reduce(seed, hash(_:adding:))
    }

    private mutating func place(_ number: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = number + 1
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for number in 0..<count { place(Int32(number), hash: hashes[number]) }
    }
}

/// The trie's edges: (node, word number) to the next node, in an open-addressing table.
struct EdgeTable: Sendable {
    private var keys = [UInt64](repeating: .max, count: 64)
    private var values = [Int32](repeating: 0, count: 64)
    private var count = 0

    static func key(_ node: Int32, _ word: Int32) -> UInt64 { UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word)) }

    /// The high half of the product folded onto the low half, so that the node (the key's high
    /// half) reaches the low bits the mask keeps: without it, all the edges of one word would
    /// share a slot and probe in long runs.
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        let mixed = key &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed ^ mixed >> 32) & mask
    }

    subscript(node: Int32, word: Int32) -> Int32? {
        let key = Self.key(node, word)
        let mask = keys.count - 1
        var slot = Self.slot(key, mask)
        while keys[slot] != .max {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    mutating func set(_ node: Int32, _ word: Int32, _ value: Int32) {
        if (count + 1) * 2 > keys.count {
            let oldKeys = keys, oldValues = values
            keys = [UInt64](repeating: .max, count: oldKeys.count * 2)
            values = [Int32](repeating: 0, count: oldKeys.count * 2)
            count = 0
            for (key, value) in zip(oldKeys, oldValues) where key != .max {
                insert(key, value)
            }
        }
        insert(Self.key(node, word), value)
    }

    private mutating func insert(_ key: UInt64, _ value: Int32) {
        let mask = keys.count - 1
        var slot = Self.slot(key, mask)
        while keys[slot] != .max && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == .max { count += 1 }
        keys[slot] = key
        values[slot] = value
    }
}
