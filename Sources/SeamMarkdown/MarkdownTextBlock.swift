/// One block of a body's plain text (`MarkdownOutline.plainText`): the kind of block it comes
/// from and where its text is, so that search can split the text into sections at headings and
/// take snippets from paragraphs only.
public struct MarkdownTextBlock: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case paragraph, heading, code }

    public var kind: Kind
    /// UTF-8 offsets in the plain text. Empty for a heading without text, which adds no line.
    public var range: Range<Int>

    public init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}
