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
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var searchFrom: [Int: (line: Int, offset: Int)] = [:]  // per block: where to look next
        var result: [MarkdownLink] = []
        for (index, node) in nodes.enumerated() where node.kind == .link || node.kind == .image {
            let block = ancestors(of: index).first { nodes[$0].kind.isBlock } ?? 0
            let blockStart = nodes[block].start
            var cursor = searchFrom[block] ?? (line: max(blockStart.line, 1), offset: 0)
            var position = blockStart
            let needle = node.url
            let blockEnd = max(nodes[block].end.line, cursor.line)
            search: while cursor.line <= min(blockEnd, lines.count) {
                let line = Array(lines[cursor.line - 1].utf8)
                if let hit = firstOccurrence(of: Array(needle.utf8), in: line, from: cursor.offset), !needle.isEmpty {
                    position = SourcePosition(line: cursor.line, column: hit + 1)
                    cursor.offset = hit + needle.utf8.count
                    break search
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

    private func firstOccurrence(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for offset in start...(haystack.count - needle.count) where haystack[offset] == needle[0] {
            if haystack[offset..<(offset + needle.count)].elementsEqual(needle) { return offset }
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
