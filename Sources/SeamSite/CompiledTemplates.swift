import ConcurrencyExtras
import Foundation
import SeamMarkdown

/// Templates compiled per shape of their values. Pages of one kind differ mostly in their text,
/// not in their structure: the template is rendered once per shape (the object fields, the
/// booleans and numbers, the length of every list, which texts are empty) with a stand-in for
/// every non-empty text (`\u{E000}N&xX\u{E001}`), split at the stand-ins, and each later page of
/// that shape fills the gaps, escaping a text exactly where its stand-in came out escaped (`&`
/// became `&amp;`: a `.text` value; an `.html` value comes out as it is). A template that does anything else with a stand-in (a transform changes
/// its letters or order) is not compiled for that shape, and renders as usual.
final class CompiledTemplates: Sendable {
    enum Piece {
        case text(String)
        case value(Int, escaped: Bool)
    }

    private let compiled = LockIsolated<[Shape: [Piece]?]>([:])
    /// Off only in the test that shows compiling changes nothing.
    let enabled: Bool

    init(enabled: Bool = true) { self.enabled = enabled }

    /// The templates rendered many times in a few shapes (an entry page, an item in a list, a
    /// row of the glossary, the layout). The others make one page each (the glossary, an index,
    /// the FAQ), where compiling would only render the template twice.
    static let reused: Set<String> = ["entry", "entry-item", "glossary-row", "layout"]

    /// The stand-in for text number `number`.
    static func standIn(_ number: Int) -> String { "\u{E000}\(number)&xX\u{E001}" }

    /// Template `name` of `theme` rendered with `values`.
    func render(_ theme: Theme, _ name: String, _ values: TemplateValue) -> String {
        guard enabled, Self.reused.contains(name) else { return theme.render(name, values) }
        var texts: [String] = []
        var key = Shape()
        key.add(name)
        Self.shape(values, &texts, &key)
        let shape = key
        let known = compiled.withValue { $0[shape] }
        let pieces: [Piece]?
        if let known {
            pieces = known
        } else {
            var number = 0
            pieces = Self.compile(theme.render(name, Self.standIns(values, &number)), count: texts.count)
            let made = pieces
            compiled.withValue { $0[shape] = made }
        }
        guard let pieces else { return theme.render(name, values) }
        return Self.fill(pieces, texts)
    }

    /// The shape of a template's values as bytes (template name, field names, kinds, list
    /// lengths), hashed in one pass: pages are looked up by it thousands of times.
    struct Shape: Hashable {
        var bytes: [UInt8] = []

        /// Adds `text` and a NUL after it, so that no two walks give the same bytes.
        mutating func add(_ text: String) {
            bytes.append(contentsOf: text.utf8)
            bytes.append(0)
        }

        mutating func add(number: Int) {
            add("i")
            add(String(number))
        }

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// Adds the shape of `value` to `key` and its non-empty texts to `texts`, in the order of a
    /// walk (an object's fields in the order they are written).
    static func shape(_ value: TemplateValue, _ texts: inout [String], _ key: inout Shape) {
        switch value {
        case .text(let text):
            if text.isEmpty { key.add("e") } else { key.add("s"); texts.append(text) }
        case .html(let html):
            if html.isEmpty { key.add("e") } else { key.add("h"); texts.append(html) }
        case .flag(let flag):
            key.add(flag ? "T" : "F")
        case .number(let number):
            key.add(number: number)
        case .object(let fields):
            key.add("{")
            for field in fields {
                key.add(field.name)
                shape(field.value, &texts, &key)
            }
            key.add("}")
        case .list(let items):
            key.add("[")
            key.add(number: items.count)
            for item in items { shape(item, &texts, &key) }
            key.add("]")
        }
    }

    /// `value` with its non-empty texts replaced by stand-ins, numbered in the order of `shape`.
    static func standIns(_ value: TemplateValue, _ number: inout Int) -> TemplateValue {
        switch value {
        case .text(let text):
            if text.isEmpty { return value }
            number += 1
            return .text(standIn(number - 1))
        case .html(let html):
            if html.isEmpty { return value }
            number += 1
            return .html(standIn(number - 1))
        case .object(let fields):
            return .object(fields.map { (name: $0.name, value: standIns($0.value, &number)) })
        case .list(let items):
            return .list(items.map { standIns($0, &number) })
        case .flag, .number:
            return value
        }
    }

    /// Splits `html` at the stand-ins; nil when anything else of them is left in it.
    static func compile(_ html: String, count: Int) -> [Piece]? {
        // On UTF-8: U+E000 is EE 80 80, U+E001 is EE 80 81.
        let bytes = Array(html.utf8)
        var pieces: [Piece] = []
        var textStart = 0
        var position = 0
        func isMark(_ at: Int, _ last: UInt8) -> Bool {
            at + 2 < bytes.count && bytes[at] == 0xEE && bytes[at + 1] == 0x80 && bytes[at + 2] == last
        }
        while position < bytes.count {
            if bytes[position] != 0xEE { position += 1; continue }
            if isMark(position, 0x81) { return nil }
            guard isMark(position, 0x80) else { position += 1; continue }
            pieces.append(.text(String(decoding: bytes[textStart..<position], as: UTF8.self)))
            var close = position + 3
            while close < bytes.count && !isMark(close, 0x81) {
                if isMark(close, 0x80) { return nil }
                close += 1
            }
            guard close < bytes.count else { return nil }
            let inner = String(decoding: bytes[(position + 3)..<close], as: UTF8.self)
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
            position = close + 3
            textStart = position
        }
        pieces.append(.text(String(decoding: bytes[textStart...], as: UTF8.self)))
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
