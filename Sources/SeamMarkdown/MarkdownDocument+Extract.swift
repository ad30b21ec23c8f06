/// A heading of a document with its anchor.
public struct MarkdownHeading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var anchor: String
    public var position: SourcePosition
}

/// A link or image destination with where it is written.
public struct MarkdownLink: Sendable, Hashable {
    public var destination: String
    public var text: String
    public var isImage: Bool
    public var position: SourcePosition
}

extension MarkdownDocument {
    /// Plain text of the inline content under node `index` (text and code literals; breaks as spaces).
    public func inlineText(of index: Int) -> String {
        var text = ""
        var cursor = index + 1
        let depth = nodes[index].depth
        while cursor < nodes.count, nodes[cursor].depth > depth {
            switch nodes[cursor].kind {
            case .text, .code: text += nodes[cursor].literal
            case .softBreak, .lineBreak: text += " "
            default: break
            }
            cursor += 1
        }
        return text
    }

    /// Every heading with a unique anchor, in document order.
    public var headings: [MarkdownHeading] {
        let indices = nodes.indices.filter { nodes[$0].kind == .heading }
        let texts = indices.map { inlineText(of: $0) }
        let anchors = Slug.unique(texts)
        return zip(indices, zip(texts, anchors)).map { index, pair in
            MarkdownHeading(level: nodes[index].headingLevel, text: pair.0, anchor: pair.1,
                            position: nodes[index].start)
        }
    }

    /// Every link and image with its destination and source position. cmark gives inline
    /// nodes no position, so the position is found in the source from the enclosing block.
    public var links: [MarkdownLink] {
        let linkIndices = nodes.indices.filter { nodes[$0].kind == .link || nodes[$0].kind == .image }
        guard !linkIndices.isEmpty else { return [] }
        let bytes = Array(source.utf8)
        var lineStarts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 10 { lineStarts.append(offset + 1) }
        func lineRange(_ line: Int) -> Range<Int> {
            let start = lineStarts[line - 1]
            let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
            return start..<max(start, end)
        }
        // The nearest block of every node, in one forward pass (parents come before children).
        var blockOf = [Int](repeating: 0, count: nodes.count)
        for (index, node) in nodes.enumerated() {
            blockOf[index] = node.kind.isBlock ? index : blockOf[node.parent ?? 0]
        }
        var searchFrom: [Int: (line: Int, offset: Int)] = [:]  // per block: where to look next
        var result: [MarkdownLink] = []
        for index in linkIndices {
            let node = nodes[index]
            let block = blockOf[index]
            let blockStart = nodes[block].start
            var cursor = searchFrom[block] ?? (line: max(blockStart.line, 1), offset: 0)
            var position = blockStart
            let needle = Array(node.url.utf8)
            let lastLine = min(max(nodes[block].end.line, cursor.line), lineStarts.count)
            while !needle.isEmpty, cursor.line <= lastLine {
                let range = lineRange(cursor.line)
                if let hit = firstOccurrence(of: needle, in: bytes[range], from: range.lowerBound + cursor.offset) {
                    position = SourcePosition(line: cursor.line, column: hit - range.lowerBound + 1)
                    cursor.offset = hit - range.lowerBound + needle.count
                    break
                }
                cursor = (line: cursor.line + 1, offset: 0)
            }
            searchFrom[block] = cursor
            result.append(MarkdownLink(destination: node.url, text: inlineText(of: index),
                                       isImage: node.kind == .image, position: position))
        }
        return result
    }

    /// The text of the whole document for search: block texts separated by newlines.
    public var plainText: String {
        var parts: [String] = []
        var current = ""
        for event in events {
            let node = nodes[event.node]
            switch node.kind {
            case .text, .code: if event.entering { current += node.literal }
            case .softBreak, .lineBreak: current += " "
            case .codeBlock: parts.append(node.literal.trimmingTrailingNewlines)
            case .paragraph, .heading:
                if !event.entering, !current.isEmpty { parts.append(current); current = "" }
            default: break
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts.joined(separator: "\n")
    }

    /// The plain text of the first paragraph, or "" when there is none.
    public var firstParagraph: String {
        guard let index = nodes.firstIndex(where: { $0.kind == .paragraph }) else { return "" }
        return inlineText(of: index)
    }

    private func firstOccurrence(of needle: [UInt8], in haystack: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, haystack.endIndex - needle.count >= start else { return nil }
        var offset = start
        while offset <= haystack.endIndex - needle.count {
            if haystack[offset] == first, haystack[offset..<(offset + needle.count)].elementsEqual(needle) { return offset }
            offset += 1
        }
        return nil
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
