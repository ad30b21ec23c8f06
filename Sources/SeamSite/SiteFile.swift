/// One file of a built site: its path relative to the site root (`terms/nrr.html`) and its bytes.
public struct SiteFile: Sendable, Hashable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
    }
}
