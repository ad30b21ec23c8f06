/// Why `seam init` or `seam new` wrote nothing, in words that say what to do.
public struct AuthorError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}
