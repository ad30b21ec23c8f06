/// What a request's target asks for, decided from its text alone, before anything is read: a file
/// of the site by its relative path, one of the preview's own addresses, or a refusal. A target
/// that could name anything outside the site (`..`, `%2e%2e`, an encoded `/`, a backslash, NUL or
/// another control character) or is too long is refused, never tried.
enum RequestPath: Equatable {
    /// A path inside the site, relative, `/`-separated, decoded; "" for the root. `folder` when
    /// the target ended with `/`.
    case site(String, folder: Bool)
    /// The live-reload event stream (`/_seam/events`).
    case events
    /// The live-reload script (`/_seam/live.js`).
    case script
    /// A target the server refuses, with the status to answer.
    case refused(Refusal)

    enum Refusal: Equatable {
        /// Not an absolute path, a bad escape, or a part that leaves the site.
        case badRequest
        /// Longer than `maximumLength` bytes.
        case tooLong
    }

    /// The longest target read, in bytes.
    static let maximumLength = 2048
    /// The folder of the preview's own addresses: never a kind's folder (those take no `_`).
    static let ownFolder = "_seam"

    init(_ target: String) {
        guard target.utf8.count <= Self.maximumLength else {
            self = .refused(.tooLong)
            return
        }
        let path = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
            .split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        guard path.hasPrefix("/") else {
            self = .refused(.badRequest)
            return
        }
        var parts: [String] = []
        for raw in path.dropFirst().split(separator: "/", omittingEmptySubsequences: true) {
            guard let part = Self.decode(raw), !part.isEmpty, part != ".", part != "..",
                  !part.unicodeScalars.contains(where: { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }) else {
                self = .refused(.badRequest)
                return
            }
            parts.append(part)
        }
        if parts == [Self.ownFolder, "events"] {
            self = .events
        } else if parts == [Self.ownFolder, "live.js"] {
            self = .script
        } else {
            self = .site(parts.joined(separator: "/"), folder: path.hasSuffix("/") || parts.isEmpty)
        }
    }

    /// `part` with its `%XX` escapes decoded once; nil for a bad escape or bytes that are not UTF-8.
    static func decode(_ part: Substring) -> String? {
        var bytes: [UInt8] = []
        var iterator = part.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
