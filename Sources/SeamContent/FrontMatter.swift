/// Splits a file into its YAML front matter and its Markdown body.
/// Front matter opens with a line `---` on the first line and closes with `---` or `...`.
public struct FrontMatter: Sendable, Hashable {
    /// The YAML between the delimiters.
    public var yaml: String
    /// The Markdown after the closing delimiter.
    public var body: String
    /// The 1-based line of the file on which the YAML starts.
    public var yamlLine: Int
    /// The 1-based line of the file on which the body starts.
    public var bodyLine: Int

    public enum SplitError: Error, Hashable {
        /// The file does not start with `---`.
        case missing
        /// The opening `---` has no closing line.
        case unclosed
    }

    /// Splits `text` (line endings already normalized to `\n`).
    public static func split(_ text: String) -> Result<FrontMatter, SplitError> {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isDelimiter(first, allowDots: false) else { return .failure(.missing) }
        for index in lines.indices.dropFirst() where isDelimiter(lines[index], allowDots: true) {
            let yaml = lines[1..<index].joined(separator: "\n")
            let body = lines[(index + 1)...].joined(separator: "\n")
            return .success(FrontMatter(yaml: yaml, body: body, yamlLine: 2, bodyLine: index + 2))
        }
        return .failure(.unclosed)
    }

    private static func isDelimiter(_ line: Substring, allowDots: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
        return trimmed == "---" || (allowDots && trimmed == "...")
    }
}
