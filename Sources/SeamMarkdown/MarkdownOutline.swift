/// What the loader keeps of an entry's body: its headings with anchors, its links and images
/// with where they are written, and its plain text for search, block by block. The same values as
/// `MarkdownDocument`'s `headings`, `links` and `plainText`, read in one walk over cmark's tree
/// without copying every node into a value first (most of the cost of loading a body).
public struct MarkdownOutline: Sendable, Hashable {
    public var headings: [MarkdownHeading]
    public var links: [MarkdownLink]
    public var plainText: String
    /// The paragraphs, headings and code blocks whose texts, joined by newlines, are `plainText`,
    /// in order; a heading without text has a block with an empty range and adds no newline.
    public var blocks: [MarkdownTextBlock]

    /// The outline of `source`.
    public static func read(_ source: String, options: MarkdownOptions = []) -> MarkdownOutline {
        Cmark.outline(source, options: options)
    }
}

/// Finds where each link destination is written in the source, block by block: cmark gives
/// inline nodes no position, so a link is placed at the first occurrence of its destination in
/// its block's lines, after the previous link of the same block.
struct LinkLocator {
    private let bytes: [UInt8]
    private var lineStarts = [0]

    init(_ source: String) {
        bytes = Array(source.utf8)
        for (offset, byte) in bytes.enumerated() where byte == 10 { lineStarts.append(offset + 1) }
    }

    /// Where to look next in a block: a line and a byte offset in it.
    struct Cursor {
        var line: Int
        var offset: Int
    }

    /// The cursor at the start of a block that starts at `blockStart`.
    func start(of blockStart: SourcePosition) -> Cursor { Cursor(line: max(blockStart.line, 1), offset: 0) }

    /// The position of `destination` in the block, searching from `cursor` to the block's last
    /// line; the block's start when not found. Moves `cursor` past a match.
    func locate(_ destination: String, from cursor: inout Cursor, blockStart: SourcePosition, blockEndLine: Int) -> SourcePosition {
        let needle = Array(destination.utf8)
        let lastLine = min(max(blockEndLine, cursor.line), lineStarts.count)
        while !needle.isEmpty, cursor.line <= lastLine {
            let start = lineStarts[cursor.line - 1]
            let end = max(start, cursor.line < lineStarts.count ? lineStarts[cursor.line] - 1 : bytes.count)
            if let hit = firstOccurrence(of: needle, in: start..<end, from: start + cursor.offset) {
                cursor.offset = hit - start + needle.count
                return SourcePosition(line: cursor.line, column: hit - start + 1)
            }
            cursor = Cursor(line: cursor.line + 1, offset: 0)
        }
        return blockStart
    }

    private func firstOccurrence(of needle: [UInt8], in range: Range<Int>, from start: Int) -> Int? {
        guard let first = needle.first, range.upperBound - needle.count >= start else { return nil }
        var offset = start
        while offset <= range.upperBound - needle.count {
            if bytes[offset] == first, bytes[offset..<(offset + needle.count)].elementsEqual(needle) { return offset }
            offset += 1
        }
        return nil
    }
}
