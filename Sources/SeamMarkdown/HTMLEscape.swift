/// Escapes text for HTML element content and double- or single-quoted attribute values.
/// The one escaping function of Seam: everything not known to be HTML goes through it.
/// Works on bytes (so a quote followed by a combining mark is escaped too), and returns the
/// text itself when nothing needs escaping. Every title, summary and address of every page comes
/// here, most of them more than once: the bytes are read in place, and a byte after `>` (every
/// letter) is passed over with one comparison.
public func escapeHTML(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes -> String? in
        var needed = 0
        for byte in bytes where byte <= UInt8(ascii: ">") { needed &+= extraBytes(byte) }
        if needed == 0 { return nil }
        return String(unsafeUninitializedCapacity: bytes.count + needed) { buffer in
            var position = 0
            var copied = 0  // bytes of `bytes` before this are in `buffer`
            func put(_ escaped: StaticString, for index: Int) {
                let plain = UnsafeBufferPointer(rebasing: bytes[copied..<index])
                _ = UnsafeMutableBufferPointer(rebasing: buffer[position...]).initialize(from: plain)
                position += plain.count
                escaped.withUTF8Buffer { piece in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[position...]).initialize(from: piece)
                    position += piece.count
                }
                copied = index + 1
            }
            for index in bytes.indices where bytes[index] <= UInt8(ascii: ">") {
                switch bytes[index] {
                case UInt8(ascii: "&"): put("&amp;", for: index)
                case UInt8(ascii: "<"): put("&lt;", for: index)
                case UInt8(ascii: ">"): put("&gt;", for: index)
                case UInt8(ascii: "\""): put("&quot;", for: index)
                case UInt8(ascii: "'"): put("&#39;", for: index)
                default: break
                }
            }
            put("", for: bytes.count)  // the bytes after the last escape
            return position
        }
    } ?? text
}

/// How many bytes escaping `byte` adds.
@inline(__always) private func extraBytes(_ byte: UInt8) -> Int {
    switch byte {
    case UInt8(ascii: "&"): 4
    case UInt8(ascii: "<"), UInt8(ascii: ">"): 3
    case UInt8(ascii: "\""), UInt8(ascii: "'"): 5
    default: 0
    }
}
