/// One node of a parsed Markdown document, as a value. Nodes live in a flat array
/// (`MarkdownDocument.nodes`) and refer to their parent by index, so no depth of nesting
/// ever needs recursion to build, walk or free.
public struct MarkdownNode: Sendable, Hashable {
    /// The CommonMark node types.
    public enum Kind: Sendable, Hashable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock
        case paragraph, heading, thematicBreak
        case text, softBreak, lineBreak, code, htmlInline, customInline
        case emphasis, strong, link, image

        /// True for nodes that cmark's iterator reports only on entry.
        public var isLeaf: Bool {
            switch self {
            case .codeBlock, .htmlBlock, .thematicBreak, .text, .softBreak, .lineBreak, .code, .htmlInline:
                return true
            default:
                return false
            }
        }

        /// True for block-level nodes.
        public var isBlock: Bool {
            switch self {
            case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .customBlock,
                 .paragraph, .heading, .thematicBreak:
                return true
            default:
                return false
            }
        }
    }

    public enum ListType: Sendable, Hashable { case bullet, ordered }

    public var kind: Kind
    /// Text of text, code, code blocks and raw HTML.
    public var literal: String = ""
    /// Destination of links and images.
    public var url: String = ""
    /// Title of links and images.
    public var title: String = ""
    /// Heading level, 1 to 6.
    public var headingLevel: Int = 0
    public var listType: ListType = .bullet
    public var listStart: Int = 0
    public var listTight: Bool = false
    /// Info string of a fenced code block.
    public var fenceInfo: String = ""
    /// Index of the parent node in `MarkdownDocument.nodes`; nil for the document.
    public var parent: Int?
    /// Nesting depth: 0 for the document.
    public var depth: Int = 0
    /// Where the node starts in the source (line 0 where cmark gives no position).
    public var start: SourcePosition = SourcePosition(line: 0, column: 0)
    public var end: SourcePosition = SourcePosition(line: 0, column: 0)
}
