/// Heading anchors: lowercase, letters, digits, spaces and hyphens kept, spaces turned into
/// hyphens (`Series B to C` gives `series-b-to-c`), as Git hosts do.
public enum Slug {
    /// The anchor for one heading text.
    public static func make(_ text: String) -> String {
        makeASCII(text) ?? makeAnyText(text)
    }

    /// `make` for any text, character by character.
    static func makeAnyText(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            } else if character == " " {
                slug.append("-")
            }
        }
        return slug
    }

    /// `make` for an ASCII text, byte by byte (the usual heading, without the cost of
    /// grapheme breaking); nil when the text has other characters.
    static func makeASCII(_ text: String) -> String? {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): buffer[count] = byte | 0x20
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "-"), UInt8(ascii: "_"): buffer[count] = byte
                case UInt8(ascii: " "): buffer[count] = UInt8(ascii: "-")
                default: continue
                }
                count += 1
            }
            return count
        }
    }

    /// Anchors for headings in document order, unique within the document: a repeated anchor
    /// gets `-1`, `-2` after it.
    public static func unique(_ texts: [String]) -> [String] {
        var used: [String: Int] = [:]
        var taken = Set<String>()
        return texts.map { text in
            let base = make(text)
            var candidate = base
            while taken.contains(candidate) {
                let next = used[base, default: 0] + 1
                used[base] = next
                candidate = "\(base)-\(next)"
            }
            taken.insert(candidate)
            return candidate
        }
    }
}
