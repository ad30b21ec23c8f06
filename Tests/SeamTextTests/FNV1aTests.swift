import PropertyBased
import Testing
@testable import SeamText

/// FNV-1a against the published test vectors and the definition written out plainly.
@Suite struct FNV1aTests {
    @Test(arguments: [
        ("", 0xcbf2_9ce4_8422_2325 as UInt64),
        ("a", 0xaf63_dc4c_8601_ec8c),
        ("foobar", 0x8594_4171_f739_67e8),
    ])
    func publishedVectors(_ text: String, _ hash: UInt64) {
        #expect(FNV1a.hash(text) == hash)
    }

    @Test func hashesAsTheDefinitionSays() async {
        await propertyCheck(input: Generated.text) { text in
            // For each byte: XOR it into the hash, then multiply by the 64-bit FNV prime (2^40 + 2^8 + 0xb3).
            var expected: UInt64 = 14_695_981_039_346_656_037
            for byte in text.utf8 { expected = (expected ^ UInt64(byte)) &* (1 << 40 + 1 << 8 + 0xb3) }
            #expect(FNV1a.hash(text) == expected)
            #expect(Array(text.utf8).withUnsafeBufferPointer { FNV1a.hash($0) } == expected)
        }
    }
}
