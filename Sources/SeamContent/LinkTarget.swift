import Foundation

/// What a link destination in an entry points at.
public enum LinkTarget: Sendable, Hashable {
    /// A URL with a scheme (`https:`, `mailto:`): left as it is.
    case external(String)
    /// An anchor in the same entry (`#series-b-to-c`).
    case samePage(anchor: String)
    /// Another file of the content folder: `folder/file.md` and an optional anchor.
    case file(path: String, anchor: String?)
    /// Not usable; the reason says what to do.
    case invalid(String)

    /// Resolves `destination` written in the entry at `entryPath` (`terms/nrr.md`).
    public static func resolve(_ destination: String, from entryPath: String) -> LinkTarget {
        if let plain = resolvePlain(destination, from: entryPath) { return plain }
        if destination.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return .invalid("link contains control characters: remove them")
        }
        if destination.isEmpty { return .invalid("empty link: write the entry's path, such as `../terms/nrr.md`") }
        if let scheme = schemeOf(destination) {
            let lowered = scheme.lowercased()
            if ["javascript", "vbscript", "data", "file"].contains(lowered) {
                return .invalid("`\(lowered):` links are not allowed: link to an entry or an https: page")
            }
            return .external(destination)
        }
        if destination.hasPrefix("//") { return .external(destination) }
        var path = destination
        var anchor: String?
        if let hash = destination.utf8.firstIndex(of: UInt8(ascii: "#")) {
            path = String(destination[..<hash])
            let fragment = String(destination[destination.index(after: hash)...])
            anchor = fragment.utf8.contains(UInt8(ascii: "%")) ? fragment.removingPercentEncoding : fragment
        }
        if let query = path.utf8.firstIndex(of: UInt8(ascii: "?")) { path = String(path[..<query]) }
        if path.isEmpty { return .samePage(anchor: anchor ?? "") }
        guard let decoded = path.utf8.contains(UInt8(ascii: "%")) ? path.removingPercentEncoding : path else {
            return .invalid("link has broken percent-encoding: write the path plainly")
        }
        if decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) || decoded.utf8.contains(UInt8(ascii: "\\")) {
            return .invalid("link contains control characters or backslashes: write a plain relative path")
        }
        if decoded.hasPrefix("/") {
            return .invalid("absolute link `\(destination)`: use a path relative to this file, such as `../terms/nrr.md`")
        }
        // Byte-wise: Character-level splitting is slow, and this runs for every link.
        var components = entryPath.utf8.split(separator: UInt8(ascii: "/")).dropLast().map { Substring($0) }
        for component in decoded.utf8.split(separator: UInt8(ascii: "/")).map({ Substring($0) }) {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else {
                    return .invalid("link `\(destination)` leads outside the content folder: link to an entry inside it")
                }
                components.removeLast()
            default:
                components.append(component)
            }
        }
        return .file(path: components.joined(separator: "/"), anchor: anchor)
    }

    /// `resolve` for the usual destination (`../terms/nrr.md#anchor`, `nrr.md`): only letters,
    /// digits, `-`, `_`, `.`, `/` and `#`, not starting with `/`. Such a destination has no scheme,
    /// control character, query or percent sign, so one pass over its bytes gives what the general
    /// steps would (they were most of the time of checking a knowledge base's links); nil for the rest.
    static func resolvePlain(_ destination: String, from entryPath: String) -> LinkTarget? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        let bytes = Array(destination.utf8)
        guard let first = bytes.first, first != slash, bytes.allSatisfy({ byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == dot || byte == slash || byte == UInt8(ascii: "#")
        }) else { return nil }
        let pathEnd = bytes.firstIndex(of: UInt8(ascii: "#")) ?? bytes.count
        let anchor = pathEnd < bytes.count ? String(decoding: bytes[(pathEnd + 1)...], as: UTF8.self) : nil
        if pathEnd == 0 { return .samePage(anchor: anchor ?? "") }
        var components = entryPath.utf8.split(separator: slash).dropLast().map { String(Substring($0)) }
        for component in bytes[..<pathEnd].split(separator: slash) {
            if component.count == 1 && component.first == dot { continue }
            if component.count == 2 && component.allSatisfy({ $0 == dot }) {
                guard !components.isEmpty else { return nil }  // outside the folder: the general steps say so
                components.removeLast()
            } else {
                components.append(String(decoding: component, as: UTF8.self))
            }
        }
        return .file(path: components.joined(separator: "/"), anchor: anchor)
    }

    private static func schemeOf(_ destination: String) -> String? {
        guard let colon = destination.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let scheme = destination[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) else { return nil }
        return String(scheme)
    }
}
