import PropertyBased
import Testing
@testable import SeamText

/// `WordTable` against a `Dictionary` from bytes to the number of first insertion.
@Suite struct WordTableTests {
    @Test func numbersWordsAsADictionaryWould() async {
        await propertyCheck(input: Generated.words, Generated.words) { added, looked in
            var table = WordTable()
            var reference: [[UInt8]: Int32] = [:]
            for word in added {
                let number = word.withUnsafeBufferPointer { table.insert($0) }
                let expected = reference[word] ?? Int32(reference.count)
                reference[word] = expected
                #expect(number == expected, "insert \(word)")
            }
            #expect(table.count == reference.count)
            for word in added + looked {
                #expect(word.withUnsafeBufferPointer { table.number(of: $0) } == reference[word], "number(of: \(word))")
            }
            let byNumber = reference.sorted { $0.value < $1.value }.map(\.key)
            for (number, word) in byNumber.enumerated() {
                #expect(Array(table.word(number).utf8) == word || word.contains(0xFF), "word(\(number))")
                for (other, otherWord) in byNumber.enumerated() {
                    #expect(table.precedes(number, other) == word.lexicographicallyPrecedes(otherWord), "precedes(\(word), \(otherWord))")
                }
            }
        }
    }

    @Test func growsPastItsFirstSlots() {
        var table = WordTable()
        for number in 0..<10_000 { #expect(table.insert("w\(number)") == Int32(number)) }
        for number in 0..<10_000 { #expect(Array("w\(number)".utf8).withUnsafeBufferPointer { table.number(of: $0) } == Int32(number)) }
    }
}
