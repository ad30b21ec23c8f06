/// Escapes text for HTML element content and double- or single-quoted attribute values.
/// The one escaping function of Seam: everything not known to be HTML goes through it.
/// Works on bytes (so a quote followed by a combining mark is escaped too), and returns the
/// text itself when nothing needs escaping.
public func escapeHTML(_ text: String) -> String {
    var needed = 0
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "&"): needed += 4
        case UInt8(ascii: "<"), UInt8(ascii: ">"): needed += 3
        case UInt8(ascii: "\""), UInt8(ascii: "'"): needed += 5
        default: break
        }
    }
    if needed == 0 { return text }
    let count = text.utf8.count + needed
    return String(unsafeUninitializedCapacity: count) { buffer in
        var position = 0
        func put(_ bytes: StaticString) {
            bytes.withUTF8Buffer { piece in
                for byte in piece { buffer[position] = byte; position += 1 }
            }
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): put("&amp;")
            case UInt8(ascii: "<"): put("&lt;")
            case UInt8(ascii: ">"): put("&gt;")
            case UInt8(ascii: "\""): put("&quot;")
            case UInt8(ascii: "'"): put("&#39;")
            default: buffer[position] = byte; position += 1
            }
        }
        return position
    }
}
