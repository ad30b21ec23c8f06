/// How cmark parses and renders a document. Safe by default: raw HTML is omitted and
/// unsafe URLs (`javascript:`, `vbscript:`, `file:`, most `data:`) are dropped.
public struct MarkdownOptions: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Keep raw HTML and unsafe URLs (only for trusted input, and the CommonMark spec tests).
    public static let unsafe = MarkdownOptions(rawValue: 1 << 0)
    /// Straight quotes to curly, `--` to en dash, `---` to em dash, `...` to ellipsis.
    public static let smart = MarkdownOptions(rawValue: 1 << 1)
    /// Soft line breaks render as hard breaks.
    public static let hardBreaks = MarkdownOptions(rawValue: 1 << 2)
}
