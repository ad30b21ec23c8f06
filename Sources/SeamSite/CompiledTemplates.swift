import Foundation
import SeamMarkdown

/// Templates compiled per shape of their values. Pages of one kind differ mostly in their text,
/// not in their structure: the template is rendered once per shape (the dictionary keys, the
/// booleans and numbers, the length of every list, which texts are empty) with a stand-in for
/// every non-empty text (`\u{E000}N&xX\u{E001}`), split at the stand-ins, and each later page of
/// that shape fills the gaps, escaping a text exactly where the template escaped its stand-in
/// (`&` became `&amp;`). A template that does anything else with a stand-in (a transform changes
/// its letters or order) is not compiled for that shape, and renders as usual.
final class CompiledTemplates: @unchecked Sendable {
    enum Piece {
        case text(String)
        case value(Int, escaped: Bool)
    }

    private let lock = NSLock()
    private var compiled: [String: [Piece]?] = [:]
    /// Off only in the test that shows compiling changes nothing.
    let enabled: Bool

    init(enabled: Bool = true) { self.enabled = enabled }

    /// The stand-in for text number `number`.
    static func standIn(_ number: Int) -> String { "\u{E000}\(number)&xX\u{E001}" }

    /// Template `name` of `theme` rendered with `values`.
    func render(_ theme: Theme, _ name: String, _ values: [String: Any]) -> String {
        guard enabled else { return theme.render(name, values) }
        var texts: [String] = []
        var key = name + "\u{0}"
        guard let standIns = Self.standIns(values, &texts, &key) as? [String: Any] else { return theme.render(name, values) }
        lock.lock()
        let known = compiled[key]
        lock.unlock()
        let pieces: [Piece]?
        if let known {
            pieces = known
        } else {
            pieces = Self.compile(theme.render(name, standIns), count: texts.count)
            lock.lock()
            compiled[key] = pieces
            lock.unlock()
        }
        guard let pieces else { return theme.render(name, values) }
        return Self.fill(pieces, texts)
    }

    /// `value` with every non-empty text replaced by a stand-in (the texts collected in `texts`),
    /// and its shape added to `key`; nil for a value of a kind Seam does not give templates.
    static func standIns(_ value: Any, _ texts: inout [String], _ key: inout String) -> Any? {
        switch value {
        case let text as String:
            if text.isEmpty { key += "e"; return text }
            key += "s"
            texts.append(text)
            return standIn(texts.count - 1)
        case let flag as Bool:
            key += flag ? "T" : "F"
            return flag
        case let number as Int:
            key += "i\(number);"
            return number
        case let list as [String]:
            key += "[\(list.count)"
            var result: [Any] = []
            result.reserveCapacity(list.count)
            for item in list { guard let item = standIns(item, &texts, &key) else { return nil }; result.append(item) }
            key += "]"
            return result
        case let list as [[String: Any]]:
            key += "[\(list.count)"
            var result: [Any] = []
            result.reserveCapacity(list.count)
            for item in list { guard let item = standIns(item, &texts, &key) else { return nil }; result.append(item) }
            key += "]"
            return result
        case let dictionary as [String: Any]:
            key += "{"
            var result: [String: Any] = [:]
            result.reserveCapacity(dictionary.count)
            for name in dictionary.keys.sorted() {
                key += name + ":"
                guard let item = standIns(dictionary[name]!, &texts, &key) else { return nil }
                result[name] = item
            }
            key += "}"
            return result
        default:
            return nil
        }
    }

    /// Splits `html` at the stand-ins; nil when anything else of them is left in it.
    static func compile(_ html: String, count: Int) -> [Piece]? {
        var pieces: [Piece] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "\u{E000}") {
            let before = rest[..<open]
            if before.contains("\u{E001}") { return nil }
            pieces.append(.text(String(before)))
            guard let close = rest[open...].firstIndex(of: "\u{E001}") else { return nil }
            let inner = rest[rest.index(after: open)..<close]
            let escaped: Bool
            let digits: Substring
            if inner.hasSuffix("&amp;xX") {
                escaped = true
                digits = inner.dropLast(7)
            } else if inner.hasSuffix("&xX") {
                escaped = false
                digits = inner.dropLast(3)
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

    /// The pieces with `texts` in the gaps.
    static func fill(_ pieces: [Piece], _ texts: [String]) -> String {
        var size = 0
        for piece in pieces {
            switch piece {
            case .text(let text): size += text.utf8.count
            case .value(let number, _): size += texts[number].utf8.count + 16
            }
        }
        var html = ""
        html.reserveCapacity(size)
        for piece in pieces {
            switch piece {
            case .text(let text): html += text
            case .value(let number, let escaped): html += escaped ? escapeHTML(texts[number]) : texts[number]
            }
        }
        return html
    }
}
