/// Little-endian integers and LEB128 varints into a byte array: the index file's encoding.
struct ByteWriter {
    var data: [UInt8] = []

    mutating func varint(_ value: Int) {
        var rest = UInt64(max(value, 0))
        while rest >= 0x80 {
            data.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        data.append(UInt8(rest))
    }

    mutating func u32(_ value: Int) {
        let v = UInt32(truncatingIfNeeded: value)
        data.append(contentsOf: [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)])
    }

    mutating func u64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { data.append(UInt8((value >> UInt64(shift)) & 0xFF)) }
    }

    mutating func signed(_ value: Int64) { u64(UInt64(bitPattern: value)) }

    mutating func u16(_ value: Int) {
        let v = UInt16(truncatingIfNeeded: value)
        data.append(contentsOf: [UInt8(v & 0xFF), UInt8(v >> 8)])
    }

    mutating func bytes(_ value: [UInt8]) {
        varint(value.count)
        data.append(contentsOf: value)
    }

    mutating func string(_ value: String) { bytes(Array(value.utf8)) }

    mutating func time(_ value: ContentStamp.Time) {
        signed(value.seconds)
        u32(Int(value.nanoseconds))
    }
}

/// Reads what `ByteWriter` wrote from a buffer; every read checks bounds and returns nil past
/// the end, so a damaged file never crashes a search.
struct ByteReader {
    let buffer: UnsafeRawBufferPointer
    var offset: Int

    init(_ buffer: UnsafeRawBufferPointer, offset: Int = 0) {
        self.buffer = buffer
        self.offset = offset
    }

    mutating func varint() -> Int? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < buffer.count, shift < 63 {
            let byte = buffer[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value <= UInt64(Int.max) ? Int(value) : nil }
            shift += 7
        }
        return nil
    }

    mutating func u64() -> UInt64? {
        guard offset + 8 <= buffer.count else { return nil }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(buffer[offset + index]) << UInt64(index * 8) }
        offset += 8
        return value
    }

    mutating func bytes() -> [UInt8]? {
        guard let count = varint(), count <= buffer.count - offset else { return nil }
        defer { offset += count }
        return Array(buffer[offset..<(offset + count)])
    }

    mutating func string() -> String? { bytes().map { String(decoding: $0, as: UTF8.self) } }

    mutating func u32() -> Int? {
        guard offset + 4 <= buffer.count else { return nil }
        defer { offset += 4 }
        return buffer.u32(at: offset)
    }

    mutating func u16() -> Int? {
        guard offset + 2 <= buffer.count else { return nil }
        defer { offset += 2 }
        return Int(buffer[offset]) | Int(buffer[offset + 1]) << 8
    }

    mutating func time() -> ContentStamp.Time? {
        guard let seconds = u64(), let nanoseconds = u32() else { return nil }
        return ContentStamp.Time(seconds: Int64(bitPattern: seconds), nanoseconds: Int64(nanoseconds))
    }
}

extension UnsafeRawBufferPointer {
    /// The little-endian UInt32 at `offset`, or 0 past the end.
    @inline(__always) func u32(at offset: Int) -> Int {
        guard offset >= 0, offset + 4 <= count else { return 0 }
        return Int(self[offset]) | Int(self[offset + 1]) << 8 | Int(self[offset + 2]) << 16 | Int(self[offset + 3]) << 24
    }
}
