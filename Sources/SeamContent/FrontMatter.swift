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

    /// Splits `text` (line endings already normalized to `\n`). Works on UTF-8 bytes: it runs
    /// once per entry file.
    public static func split(_ text: String) -> Result<FrontMatter, SplitError> {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var lineStart = 0
        var line = 1
        var yamlStart: Int?
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.count
            let content = bytes[lineStart..<lineEnd]
            if let yamlFrom = yamlStart {
                if isDelimiter(content, allowDots: true) {
                    let bodyStart = min(lineEnd + 1, bytes.count)
                    let yamlEnd = max(yamlFrom, lineStart - 1)
                    return .success(FrontMatter(yaml: String(decoding: bytes[yamlFrom..<yamlEnd], as: UTF8.self),
                                                body: String(decoding: bytes[bodyStart...], as: UTF8.self),
                                                yamlLine: 2, bodyLine: line + 1))
                }
            } else {
                guard isDelimiter(content, allowDots: false) else { return .failure(.missing) }
                yamlStart = min(lineEnd + 1, bytes.count)
            }
            if lineEnd == bytes.count { break }
            lineStart = lineEnd + 1
            line += 1
        }
        return .failure(yamlStart == nil ? .missing : .unclosed)
    }

    private static func isDelimiter(_ line: ArraySlice<UInt8>, allowDots: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == 32 || last == 9 { trimmed.removeLast() }
        return trimmed.elementsEqual("---".utf8) || (allowDots && trimmed.elementsEqual("...".utf8))
    }
}
