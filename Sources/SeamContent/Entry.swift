import Foundation
import SeamMarkdown

/// One entry of a knowledge base: front matter fields plus what the Markdown body yields.
public struct Entry: Sendable, Hashable {
    public var id: String
    public var kind: Kind
    /// Path relative to the content root, with `/` separators: `terms/nrr.md`.
    public var path: String
    public var title: String
    public var summary: String
    public var aliases: [String] = []
    public var tags: [String] = []
    public var related: [String] = []
    public var sources: [Source] = []
    public var figure: String?
    public var measured: String?
    public var framework: String?
    /// The whole front matter as data, for kind-specific readers (assessment definitions).
    public var frontMatter: DataValue?
    /// The Markdown body.
    public var body: String
    /// The line of the file on which the body starts.
    public var bodyLine: Int
    /// Headings with anchors; positions are lines of the file.
    public var headings: [MarkdownHeading] = []
    /// Links and images; positions are lines of the file.
    public var links: [MarkdownLink] = []
    /// The body as plain text, for search.
    public var plainText: String = ""
    /// Positions of the top-level front-matter fields, for diagnostics.
    public var fieldPositions: [String: SourcePosition] = [:]

    /// Where field `name` is written, or the start of the front matter.
    public func position(of name: String) -> SourcePosition {
        fieldPositions[name] ?? SourcePosition(line: 1, column: 1)
    }

    /// Where the list item of field `name` whose text is `value` is written, or the field.
    public func position(of name: String, item value: String) -> SourcePosition {
        frontMatter?[name]?.items?.first { $0.text?.trimmed == value }?.position
            ?? position(of: name)
    }
}
