import Foundation
import SeamMarkdown

/// One entry of a knowledge base: front matter fields plus what the Markdown body yields.
public struct Entry: Sendable, Hashable {
    /// The fields, in one shared box: an entry is copied often (lists of entries, filters,
    /// dictionaries by path), and a copy is then one retain instead of one per field. Changed
    /// in place when the entry is the box's only owner, copied first otherwise.
    struct Fields: Sendable, Hashable {
        var id: String
        var kind: Kind
        var path: String
        var title: String
        var summary: String
        var aliases: [String] = []
        var tags: [String] = []
        var related: [String] = []
        var sources: [Source] = []
        var figure: String?
        var measured: String?
        var draft = false
        var order: Int?
        var frontMatter: DataValue?
        var body: String
        var bodyLine: Int
        var headings: [MarkdownHeading] = []
        var links: [MarkdownLink] = []
        var plainText: String = ""
        var plainTextBlocks: [MarkdownTextBlock] = []
        var fieldPositions: [String: SourcePosition] = [:]
    }

    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    private var fields: Fields {
        get { box.fields }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            yield &box.fields
        }
    }

    init(id: String, kind: Kind, path: String, title: String, summary: String, frontMatter: DataValue?, body: String, bodyLine: Int) {
        box = Box(Fields(id: id, kind: kind, path: path, title: title, summary: summary, frontMatter: frontMatter, body: body, bodyLine: bodyLine))
    }

    public static func == (left: Entry, right: Entry) -> Bool { left.box === right.box || left.box.fields == right.box.fields }
    public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }

    public var id: String {
        get { box.fields.id }
        _modify { yield &fields.id }
    }

    public var kind: Kind {
        get { box.fields.kind }
        _modify { yield &fields.kind }
    }

    /// Path relative to the content root, with `/` separators: `terms/nrr.md`.
    public var path: String {
        get { box.fields.path }
        _modify { yield &fields.path }
    }

    public var title: String {
        get { box.fields.title }
        _modify { yield &fields.title }
    }

    public var summary: String {
        get { box.fields.summary }
        _modify { yield &fields.summary }
    }

    public var aliases: [String] {
        get { box.fields.aliases }
        _modify { yield &fields.aliases }
    }

    public var tags: [String] {
        get { box.fields.tags }
        _modify { yield &fields.tags }
    }

    public var related: [String] {
        get { box.fields.related }
        _modify { yield &fields.related }
    }

    public var sources: [Source] {
        get { box.fields.sources }
        _modify { yield &fields.sources }
    }

    public var figure: String? {
        get { box.fields.figure }
        _modify { yield &fields.figure }
    }

    public var measured: String? {
        get { box.fields.measured }
        _modify { yield &fields.measured }
    }

    /// `draft: true`: kept out of the site, search and lists unless drafts are asked for.
    public var draft: Bool {
        get { box.fields.draft }
        _modify { yield &fields.draft }
    }

    /// `order`: where the entry goes in a curated reading order (lower first); nil for none.
    public var order: Int? {
        get { box.fields.order }
        _modify { yield &fields.order }
    }

    /// The text of the front-matter field `name` (an `id` field of the kind, say), trimmed.
    public func text(of name: String) -> String? { frontMatter?[name]?.text?.trimmed }

    /// The whole front matter as data, for kind-specific readers (assessment definitions).
    public var frontMatter: DataValue? {
        get { box.fields.frontMatter }
        _modify { yield &fields.frontMatter }
    }

    /// The Markdown body.
    public var body: String {
        get { box.fields.body }
        _modify { yield &fields.body }
    }

    /// The line of the file on which the body starts.
    public var bodyLine: Int {
        get { box.fields.bodyLine }
        _modify { yield &fields.bodyLine }
    }

    /// Headings with anchors; positions are lines of the file.
    public var headings: [MarkdownHeading] {
        get { box.fields.headings }
        _modify { yield &fields.headings }
    }

    /// Links and images; positions are lines of the file.
    public var links: [MarkdownLink] {
        get { box.fields.links }
        _modify { yield &fields.links }
    }

    /// The body as plain text, for search.
    public var plainText: String {
        get { box.fields.plainText }
        _modify { yield &fields.plainText }
    }

    /// The paragraphs, headings and code blocks of `plainText` (see `MarkdownOutline.blocks`).
    public var plainTextBlocks: [MarkdownTextBlock] {
        get { box.fields.plainTextBlocks }
        _modify { yield &fields.plainTextBlocks }
    }

    /// Positions of the top-level front-matter fields, for diagnostics.
    public var fieldPositions: [String: SourcePosition] {
        get { box.fields.fieldPositions }
        _modify { yield &fields.fieldPositions }
    }

    /// Where field `name` is written, or the start of the front matter.
    public func position(of name: String) -> SourcePosition {
        fieldPositions[name] ?? SourcePosition(line: 1, column: 1)
    }

    /// Where the list item of field `name` whose text is `value` is written, or the field.
    public func position(of name: String, item value: String) -> SourcePosition {
        frontMatter?[name]?.items?.first { $0.text?.trimmed == value }?.position
            ?? position(of: name)
    }

    /// The entry's page, relative to the site root: `terms/nrr.html`; `about.html` for a page
    /// outside any kind.
    public var page: String { kind.folder.isEmpty ? "\(id).html" : "\(kind.folder)/\(id).html" }
}
