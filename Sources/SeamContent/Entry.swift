import Foundation
import SeamMarkdown

/// One entry of a knowledge base: front matter fields plus what the Markdown body yields.
public struct Entry: Sendable, Hashable {
    public let id: String
    public let kind: Kind
    /// Path relative to the content root, with `/` separators: `terms/nrr.md`.
    public let path: String
    public let title: String
    public let summary: String
    public let aliases: [String]
    public let tags: [String]
    public let related: [String]
    public let sources: [Source]
    public let figure: String?
    public let measured: String?
    public let framework: String?
    /// The whole front matter as data, for kind-specific readers (assessment definitions).
    public let frontMatter: DataValue?
    /// The Markdown body.
    public let body: String
    /// The line of the file on which the body starts.
    public let bodyLine: Int
    /// Headings with anchors; positions are lines of the file.
    public let headings: [MarkdownHeading]
    /// Links and images; positions are lines of the file.
    public let links: [MarkdownLink]
    /// The body as plain text, for search.
    public let plainText: String
    /// Positions of the top-level front-matter fields, for diagnostics.
    public let fieldPositions: [String: SourcePosition]

    init(id: String, kind: Kind, path: String, title: String, summary: String, aliases: [String], tags: [String],
         related: [String], sources: [Source], figure: String?, measured: String?, framework: String?,
         frontMatter: DataValue?, body: String, bodyLine: Int, headings: [MarkdownHeading], links: [MarkdownLink],
         plainText: String, fieldPositions: [String: SourcePosition]) {
        self.id = id
        self.kind = kind
        self.path = path
        self.title = title
        self.summary = summary
        self.aliases = aliases
        self.tags = tags
        self.related = related
        self.sources = sources
        self.figure = figure
        self.measured = measured
        self.framework = framework
        self.frontMatter = frontMatter
        self.body = body
        self.bodyLine = bodyLine
        self.headings = headings
        self.links = links
        self.plainText = plainText
        self.fieldPositions = fieldPositions
    }

    /// Where field `name` is written, or the start of the front matter.
    public func position(of name: String) -> SourcePosition {
        Self.position(of: name, in: fieldPositions)
    }

    /// Where the list item of field `name` whose text is `value` is written, or the field.
    public func position(of name: String, item value: String) -> SourcePosition {
        frontMatter?[name]?.items?.first { $0.text?.trimmed == value }?.position
            ?? position(of: name)
    }

    /// Where field `name` is written in `fieldPositions`, or the start of the front matter.
    static func position(of name: String, in fieldPositions: [String: SourcePosition]) -> SourcePosition {
        fieldPositions[name] ?? SourcePosition(line: 1, column: 1)
    }
}
