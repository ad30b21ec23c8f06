#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SeamMarkdown

/// The marker `seam new` writes where the author has something to fill in (`TODO(seam): one
/// sentence that says what it is`). `seam check` reports every one as an error at its line and
/// column until it is replaced, so a new entry cannot be published half written.
public enum Placeholder {
    /// The marker itself: unlikely in real prose, easy to search for.
    public static let marker = "TODO(seam)"

    /// What `seam check` says at each placeholder.
    public static let message = "a placeholder `seam new` wrote is still here: replace `\(marker): ...` with the text it asks for"

    /// Whether `diagnostic` is a placeholder's (which the live preview shows without stopping).
    public static func isPlaceholder(_ diagnostic: Diagnostic) -> Bool { diagnostic.message == message }

    /// A placeholder that asks for `what`: `TODO(seam): what`.
    public static func text(_ what: String) -> String { marker + ": " + what }

    /// The position of every marker in `text` (columns count UTF-8 bytes, as cmark does). Every
    /// file is read through this, and nearly none has a marker: `contains` says so before any
    /// line is counted.
    public static func positions(in text: String) -> [SourcePosition] {
        var text = text
        return text.withUTF8 { bytes in
            let marker = Array(Self.marker.utf8)
            guard contains(bytes, marker) else { return [] }
            var positions: [SourcePosition] = []
            var line = 1
            var lineStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = index + 1
                } else if byte == marker[0], bytes.count - index >= marker.count,
                          bytes[index..<(index + marker.count)].elementsEqual(marker) {
                    positions.append(SourcePosition(line: line, column: index - lineStart + 1))
                    index += marker.count
                    continue
                }
                index += 1
            }
            return positions
        }
    }

    /// Whether `bytes` hold `marker` anywhere: each candidate first byte found by `memchr`
    /// (vectorised in the C library), the rest compared there.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ marker: [UInt8]) -> Bool {
        guard let start = bytes.baseAddress, let first = marker.first else { return false }
        var from = 0
        while bytes.count - from >= marker.count,
              let found = memchr(start + from, Int32(first), bytes.count - from - marker.count + 1) {
            let index = start.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if bytes[index..<(index + marker.count)].elementsEqual(marker) { return true }
            from = index + 1
        }
        return false
    }
}
