/// What to change in a document before it is rendered to HTML.
public struct HTMLTransform: Sendable {
    /// A piece of a text node after term linking.
    public enum Segment: Sendable, Hashable {
        /// Plain text, escaped by the renderer.
        case text(String)
        /// Text wrapped in raw HTML: `open` and `close` are written as they are, so the caller
        /// builds them with `escapeHTML`; `text` is escaped by the renderer.
        case wrapped(open: String, text: String, close: String)
    }

    /// Rewrites the destination of every link and image (for example `../terms/nrr.md` to
    /// `../terms/nrr.html`). Unsafe URLs are still dropped afterwards unless `.unsafe` is set.
    public var rewriteURL: (@Sendable (String) -> String)?
    /// Splits a text node outside links, images and headings into segments (to link glossary
    /// terms); nil leaves the text as it is.
    public var linkTerms: (@Sendable (String) -> [Segment]?)?
    /// Raw HTML to write in place of a link's own tags, given its destination as written: the
    /// `open` tag (with its own `<a href>`) before the link's text and `close` after it, both
    /// built with `escapeHTML` by the caller; nil keeps the link. For links outside headings (a
    /// glossary term's card beside an author's own link to the term).
    public var replaceLink: (@Sendable (String) -> (open: String, close: String)?)?
    /// Gives every heading an `id` attribute with its anchor.
    public var headingAnchors: Bool
    /// Shows raw HTML as the text the author typed (escaped) instead of leaving it out; ignored
    /// with `.unsafe`, which keeps it as HTML.
    public var rawHTMLAsText: Bool

    public init(rewriteURL: (@Sendable (String) -> String)? = nil,
                linkTerms: (@Sendable (String) -> [Segment]?)? = nil,
                replaceLink: (@Sendable (String) -> (open: String, close: String)?)? = nil,
                headingAnchors: Bool = false,
                rawHTMLAsText: Bool = false) {
        self.rewriteURL = rewriteURL
        self.linkTerms = linkTerms
        self.replaceLink = replaceLink
        self.headingAnchors = headingAnchors
        self.rawHTMLAsText = rawHTMLAsText
    }
}
