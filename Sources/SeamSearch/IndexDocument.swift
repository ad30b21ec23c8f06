/// What the index keeps about one entry: enough to list it as a result without reading its file.
public struct IndexDocument: Sendable, Hashable, Codable {
    public var id: String
    public var kind: String
    public var title: String
    public var summary: String
    /// Path relative to the content folder: `terms/nrr.md`.
    public var path: String
    public var aliases: [String]
    /// Number of words in the names (title and aliases), summary and body fields.
    public var lengths: [Int]
}
