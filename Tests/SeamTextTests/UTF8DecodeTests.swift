import PropertyBased
import Testing
@testable import SeamText

/// The UTF-8 decoder against `String.unicodeScalars`.
@Suite struct UTF8DecodeTests {
    /// Scalars of every width: ASCII, two, three and four bytes (a range, and a pick in it).
    static let scalars = zip(Gen.int(in: 0...4), Gen.uint32(in: 0...UInt32.max)).map { width, pick -> Unicode.Scalar in
        let range: ClosedRange<UInt32> = [0...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x1_0000...0x10_FFFF][width]
        return Unicode.Scalar(range.lowerBound + pick % UInt32(range.count))!
    }.array(of: 0...30)

    @Test func decodesAsUnicodeScalarsDoes() async {
        await propertyCheck(input: Self.scalars) { scalars in
            let text = String(String.UnicodeScalarView(scalars))
            var decoded: [Unicode.Scalar] = []
            Array(text.utf8).withUnsafeBufferPointer { bytes in
                var offset = 0
                while offset < bytes.count {
                    let (scalar, width) = Unicode.Scalar.decode(bytes, at: offset)
                    #expect(width == String(scalar).utf8.count)
                    decoded.append(scalar)
                    offset += width
                }
            }
            #expect(decoded == Array(text.unicodeScalars))
        }
    }

    @Test func aScalarCutShortIsTheReplacementCharacter() {
        let bytes: [UInt8] = Array("日".utf8).dropLast()
        let (scalar, width) = bytes.withUnsafeBufferPointer { Unicode.Scalar.decode($0, at: 0) }
        #expect(scalar == "\u{FFFD}")
        #expect(width == 2)
    }
}
