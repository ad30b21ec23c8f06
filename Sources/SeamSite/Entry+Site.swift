import SeamContent

extension Entry {
    /// Every source of the entry in one line.
    var citations: String { sources.map(\.citation).joined(separator: "; ") }
}
