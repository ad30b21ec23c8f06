import Foundation
import SeamMarkdown

/// The layout compiled once per kind of page: pages of one kind share everything in the layout
/// but their title, description and content, so the layout is rendered once with stand-ins for
/// those (`\u{E000}N&\u{E001}`), split at them, and each page fills the gaps. The `&` in a
/// stand-in shows whether the template escaped it (`{{title}}`) or not (`{{{content}}}`), so a
/// page's value goes in the same way. A layout that does anything else with a stand-in (a
/// transform, say) is not compiled, and pages render it directly.
final class LayoutCache: @unchecked Sendable {
    enum Piece {
        case text(String)
        case value(Int, escaped: Bool)
    }

    private let lock = NSLock()
    private var compiled: [String: [Piece]?] = [:]

    /// The stand-in for value `number`.
    static func standIn(_ number: Int) -> String { "\u{E000}\(number)&\u{E001}" }

    /// The compiled layout for `key`, made by `render` (given the stand-ins) on first use;
    /// nil when the layout cannot be compiled.
    func pieces(_ key: String, count: Int, render: ([String]) -> String) -> [Piece]? {
        lock.lock()
        if let known = compiled[key] { lock.unlock(); return known }
        lock.unlock()
        let pieces = Self.compile(render((0..<count).map(Self.standIn)), count: count)
        lock.lock()
        compiled[key] = pieces
        lock.unlock()
        return pieces
    }

    /// Splits `html` at the stand-ins; nil when something else of them is left in it.
    static func compile(_ html: String, count: Int) -> [Piece]? {
        var pieces: [Piece] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "\u{E000}") {
            pieces.append(.text(String(rest[..<open])))
            guard let close = rest[open...].firstIndex(of: "\u{E001}") else { return nil }
            let inner = rest[rest.index(after: open)..<close]
            let escaped: Bool
            let digits: Substring
            if inner.hasSuffix("&amp;") {
                escaped = true
                digits = inner.dropLast(5)
            } else if inner.hasSuffix("&") {
                escaped = false
                digits = inner.dropLast(1)
            } else {
                return nil
            }
            guard let number = Int(digits), (0..<count).contains(number) else { return nil }
            pieces.append(.value(number, escaped: escaped))
            rest = rest[rest.index(after: close)...]
        }
        if rest.contains("\u{E001}") { return nil }
        pieces.append(.text(String(rest)))
        return pieces
    }

    /// The page: the pieces with `values` in the gaps.
    static func fill(_ pieces: [Piece], _ values: [String]) -> String {
        var html = ""
        html.reserveCapacity(pieces.reduce(0) { total, piece in
            if case .text(let text) = piece { return total + text.utf8.count }
            return total
        } + values.reduce(0) { $0 + $1.utf8.count * 2 })
        for piece in pieces {
            switch piece {
            case .text(let text): html += text
            case .value(let number, let escaped): html += escaped ? escapeHTML(values[number]) : values[number]
            }
        }
        return html
    }
}
