/// One heading section of an entry's body, as the index keeps it (one search document per
/// section, as mdBook has): its heading, anchor and plain text, so that snippets, quoted phrases
/// and the section a hit lands on come from the index, not from the entry's file.
public struct IndexSection: Sendable, Hashable {
    /// The heading's text; empty for the text before the first heading.
    public var heading: String
    /// The heading's anchor (`who-owns-it`); empty for the text before the first heading.
    public var anchor: String
    /// The section's paragraphs, one per line (a paragraph's plain text has no newline).
    public var text: String
    /// The section's code blocks, joined by newlines.
    public var code: String

    public init(heading: String, anchor: String, text: String, code: String) {
        self.heading = heading
        self.anchor = anchor
        self.text = text
        self.code = code
    }

    /// Each paragraph of the section.
    public var paragraphs: [Substring] { text.split(separator: "\n") }
}
