import PropertyBased
import Testing
import SeamMarkdown

/// `escapeHTML` against a plain reference: each of the five bytes replaced by its entity.
@Suite struct HTMLEscapeTests {
    static func reference(_ text: String) -> String {
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
            case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
            case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
            case UInt8(ascii: "\""): bytes += Array("&quot;".utf8)
            case UInt8(ascii: "'"): bytes += Array("&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static let pieces = ["a", "Z", " ", "&", "<", ">", "\"", "'", "=", "?", "&amp;", "é", "\u{301}", "\"\u{301}", "💥", "\n", "0"]
    static let texts = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...40).map { $0.map { pieces[$0] }.joined() }

    @Test func escapesAsThePlainReferenceDoes() async {
        await propertyCheck(input: Self.texts) { text in
            #expect(escapeHTML(text) == Self.reference(text), "\(text)")
        }
    }

    @Test func escapesEachOfTheFive() {
        #expect(escapeHTML(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(escapeHTML("plain text, long enough not to be a small string") == "plain text, long enough not to be a small string")
        #expect(escapeHTML("") == "")
        #expect(escapeHTML("&") == "&amp;")
    }
}
