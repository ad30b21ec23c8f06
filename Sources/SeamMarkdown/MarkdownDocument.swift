/// A parsed Markdown document: every node as a value, in document order, plus the
/// enter/exit events of a walk over them (leaf nodes have only an enter event).
public struct MarkdownDocument: Sendable, Hashable {
    /// One step of a walk over the tree.
    public struct Event: Sendable, Hashable {
        public var node: Int
        public var entering: Bool
    }

    /// The nodes in pre-order; index 0 is the document.
    public let nodes: [MarkdownNode]
    /// The walk, as cmark's iterator gives it.
    public let events: [Event]
    /// The source the document was parsed from.
    public let source: String
    /// The options it was parsed with; rendering uses the same.
    public let options: MarkdownOptions

    init(nodes: [MarkdownNode], events: [Event], source: String, options: MarkdownOptions) {
        self.nodes = nodes
        self.events = events
        self.source = source
        self.options = options
    }

    /// Parses `source` with cmark. Never fails: CommonMark gives every input a meaning.
    public static func parse(_ source: String, options: MarkdownOptions = []) -> MarkdownDocument {
        Cmark.parse(source, options: options)
    }

    /// Renders the document to HTML with cmark, after applying `transform`.
    public func renderHTML(_ transform: HTMLTransform = HTMLTransform()) -> String {
        Cmark.renderHTML(source, options: options, headingIDs: headings.map(\.anchor), transform: transform)
    }

    /// Renders `source` to HTML after applying `transform`, with a single cmark parse (no value
    /// tree): for callers that already know the heading anchors, such as the site build.
    public static func renderHTML(_ source: String, options: MarkdownOptions = [], headingIDs: [String],
                                  transform: HTMLTransform) -> String {
        Cmark.renderHTML(source, options: options, headingIDs: headingIDs, transform: transform)
    }

    /// The ancestors of node `index`, nearest first.
    public func ancestors(of index: Int) -> some Sequence<Int> {
        sequence(first: index, next: { nodes[$0].parent }).dropFirst()
    }
}
