extension Unicode.Scalar {
    /// The scalar whose UTF-8 starts at `offset` of `bytes`, and its width in bytes: the one
    /// hand-written UTF-8 decoder, for scanners that read a text's bytes in place and decode only
    /// where a byte is not ASCII. `bytes` is valid UTF-8 (as a Swift string's are) and `offset`
    /// the start of a scalar; a scalar cut short by the end of `bytes` gives U+FFFD.
    @inline(__always)
    package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard offset + width <= bytes.count else { return ("\u{FFFD}", bytes.count - offset) }
        var value = UInt32(lead) & (width == 4 ? 0x07 : width == 3 ? 0x0F : 0x1F)
        for index in (offset + 1)..<(offset + width) { value = value << 6 | UInt32(bytes[index] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}
