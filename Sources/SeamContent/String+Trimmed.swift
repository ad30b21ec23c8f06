extension StringProtocol {
    /// The text without leading and trailing whitespace and newlines. Pure Swift: Foundation's
    /// `trimmingCharacters(in:)` goes through NSString on Linux and is slow on every entry.
    public var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
