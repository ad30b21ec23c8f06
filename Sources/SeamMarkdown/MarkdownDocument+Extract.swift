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

    /// The plain text of the first paragraph, or "" when there is none.
    public var firstParagraph: String {
        guard let index = nodes.firstIndex(where: { $0.kind == .paragraph }) else { return "" }
        return inlineText(of: index)
    }
}

extension String {
    /// The text without the newlines at its end (a code block's last line break).
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
