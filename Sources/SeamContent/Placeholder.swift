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

    /// The position of every marker in `text` (columns count UTF-8 bytes, as cmark does).
    public static func positions(in text: String) -> [SourcePosition] {
        var text = text
        return text.withUTF8 { bytes in
            let marker = Array(Self.marker.utf8)
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
}
