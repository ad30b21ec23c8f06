import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What standard output is: a terminal (bold, wrapped to its width) or a pipe (plain).
enum Terminal {
    /// True when standard output is a terminal and `NO_COLOR` is not set.
    static let styled: Bool = {
        if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return false }
        return isatty(STDOUT_FILENO) == 1
    }()

    /// The terminal's width, else `$COLUMNS`, else 80.
    static let width: Int = {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 { return columns }
        return 80
    }()

    static func bold(_ text: String) -> String { styled ? "\u{1B}[1m\(text)\u{1B}[22m" : text }
    static func dim(_ text: String) -> String { styled ? "\u{1B}[2m\(text)\u{1B}[22m" : text }

    /// `text` with the UTF-8 ranges in bold (on a terminal), everything made terminal-safe.
    static func highlight(_ text: String, _ ranges: [Range<Int>]) -> String {
        guard styled, !ranges.isEmpty else { return terminalSafeText(text) }
        let bytes = Array(text.utf8)
        var result = ""
        var position = 0
        for range in ranges where range.lowerBound >= position && range.upperBound <= bytes.count {
            result += terminalSafeText(String(decoding: bytes[position..<range.lowerBound], as: UTF8.self))
            result += bold(terminalSafeText(String(decoding: bytes[range], as: UTF8.self)))
            position = range.upperBound
        }
        result += terminalSafeText(String(decoding: bytes[position...], as: UTF8.self))
        return result
    }
}
