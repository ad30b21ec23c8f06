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
        resolvePlain(destination, from: entryPath) ?? resolveGeneral(destination, from: entryPath)
    }

    /// `resolve` for any destination, step by step.
    static func resolveGeneral(_ destination: String, from entryPath: String) -> LinkTarget {
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
    /// steps would (`resolveGeneral`; the tests hold the two together); nil for the rest. Every link
    /// of every entry comes here, when the knowledge base is checked and again when each page is
    /// written: the path is built in one string, with no array of its parts.
    static func resolvePlain(_ destination: String, from entryPath: String) -> LinkTarget? {
        var destination = destination, entryPath = entryPath
        return destination.withUTF8 { bytes in entryPath.withUTF8 { entry in resolvePlain(bytes, from: entry) } }
    }

    private static func resolvePlain(_ bytes: UnsafeBufferPointer<UInt8>, from entryPath: UnsafeBufferPointer<UInt8>) -> LinkTarget? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: "."), hash = UInt8(ascii: "#")
        guard let first = bytes.first, first != slash else { return nil }
        var pathEnd = bytes.count
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if byte == hash {
                if pathEnd == bytes.count { pathEnd = index }
            } else if !isPlain(byte) && byte != slash {
                return nil
            }
        }
        let anchor = pathEnd < bytes.count ? String(decoding: bytes[(pathEnd + 1)...], as: UTF8.self) : nil
        if pathEnd == 0 { return .samePage(anchor: anchor ?? "") }
        // The entry's folders: its path's parts but the last.
        var folderEnd = entryPath.count
        while folderEnd > 0 && entryPath[folderEnd - 1] == slash { folderEnd -= 1 }
        folderEnd = entryPath[..<folderEnd].lastIndex(of: slash) ?? 0
        var outside = false
        // At most the folders, a slash and the link's path: `..` only takes parts away.
        let path = String(unsafeUninitializedCapacity: folderEnd + 1 + pathEnd) { out in
            var length = 0
            func append(_ part: Slice<UnsafeBufferPointer<UInt8>>) {
                if length > 0 { out[length] = slash; length += 1 }
                for byte in part { out[length] = byte; length += 1 }
            }
            forEachPart(of: entryPath[..<folderEnd], append)
            forEachPart(of: bytes[..<pathEnd]) { part in
                if part.count == 1 && part.first == dot { return }
                if part.count == 2 && part.first == dot && part.last == dot {
                    if length == 0 { outside = true }  // the general steps say what is wrong
                    length = out[..<length].lastIndex(of: slash) ?? 0
                } else {
                    append(part)
                }
            }
            return length
        }
        return outside ? nil : .file(path: path, anchor: anchor)
    }

    /// Calls `body` with each part of a path between slashes, empty parts left out. (Over a range
    /// of offsets: `Slice.indices` is not specialized, and cost 2,000 instructions a link.)
    private static func forEachPart(of path: Slice<UnsafeBufferPointer<UInt8>>,
                                    _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        let bytes = path.base
        var start = path.startIndex
        for index in path.startIndex..<path.endIndex where bytes[index] == UInt8(ascii: "/") {
            if index > start { body(bytes[start..<index]) }
            start = index + 1
        }
        if start < path.endIndex { body(bytes[start..<path.endIndex]) }
    }

    /// A byte of a plain link's file or folder name: a letter or digit, `-`, `_` or `.`.
    private static func isPlain(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }

    private static func schemeOf(_ destination: String) -> String? {
        guard let colon = destination.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let scheme = destination[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) else { return nil }
        return String(scheme)
    }
}
