import Foundation
import SeamMarkdown

/// The words of a site's interface: every label, heading and sentence a reader sees that is not
/// the content's own. They come from the theme's strings file for the site's `language`
/// (`strings/en.yml`, `strings/de.yml`), with a theme folder's file and then `strings:` in
/// `site.yml` over it, key by key; nothing a reader sees is written in code.
///
/// A message is a text with `{name}` placeholders, or a plural: `one` and `other`, chosen by the
/// number named in `by`:
///
/// ```yaml
/// page:
///   related: Related
///   indexCount: {by: count, one: One entry., other: "{count} entries."}
/// script:
///   noEntryMatches: No entry matches {query}.
/// ```
///
/// `page` messages are for the templates (`{{t.related}}`) and the build; `script` messages go to
/// the site's script (`assets/site-strings.js`, read by `strings.js`).
public struct Strings: Sendable, Equatable {
    public enum Message: Sendable, Equatable {
        case text(String)
        case plural(by: String, one: String, other: String)
    }

    /// The two sets of messages a strings file holds.
    public enum Section: String, Sendable, CaseIterable {
        case page, script
    }

    /// The language the messages are written in (`en`, `de`): the pages' `lang`.
    public var language: String
    public var page: [String: Message]
    public var script: [String: Message]

    public init(language: String, page: [String: Message], script: [String: Message]) {
        self.language = language
        self.page = page
        self.script = script
    }

    /// Message `key` (of the page's, else the script's) with its placeholders filled from
    /// `values` (a plural chooses by the number `values[by]`); the key itself when there is none.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        guard let message = page[key] ?? script[key] else { return key }
        return Self.fill(message, values)
    }

    static func fill(_ message: Message, _ values: [String: String]) -> String {
        let pattern: String
        switch message {
        case .text(let text): pattern = text
        case .plural(let by, let one, let other): pattern = values[by] == "1" ? one : other
        }
        return Self.replacingPlaceholders(in: pattern) { name in values[name] ?? "{\(name)}" } literal: { $0 }
    }

    /// `pattern` with each `{name}` (letters and digits) given by `placeholder` and the text
    /// between them by `literal`.
    static func replacingPlaceholders(in pattern: String, _ placeholder: (String) -> String,
                                      literal: (String) -> String) -> String {
        var result = ""
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), close > after.startIndex,
               after[..<close].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                result += literal(String(rest[..<open])) + placeholder(String(after[..<close]))
                rest = after[after.index(after: close)...]
            } else {
                result += literal(String(rest[...open]))
                rest = after
            }
        }
        return result + literal(String(rest))
    }

    /// Page message `key` as template source: its text escaped for HTML, its braces kept from
    /// Mustache, each placeholder a Mustache variable of the page's values, a plural a section
    /// on its number. Nil when there is no such message.
    public func templateSource(_ key: String) -> String? {
        guard let message = page[key] else { return nil }
        func source(_ pattern: String) -> String {
            Self.replacingPlaceholders(in: pattern, { "{{\($0)}}" }, literal: {
                escapeHTML($0).replacingOccurrences(of: "{", with: "&#123;").replacingOccurrences(of: "}", with: "&#125;")
            })
        }
        switch message {
        case .text(let text):
            return source(text)
        case .plural(let by, let one, let other):
            let isOne = "equalzero(minusone(\(by)))"
            return "{{#\(isOne)}}\(source(one)){{/\(isOne)}}{{^\(isOne)}}\(source(other)){{/\(isOne)}}"
        }
    }

    /// The script messages as JSON (safe inside a `<script>` element too): a text is a string, a
    /// plural `{"by": ..., "one": ..., "other": ...}`.
    public var scriptJSON: String {
        var object: [String: Any] = [:]
        for (key, message) in script {
            switch message {
            case .text(let text): object[key] = text
            case .plural(let by, let one, let other): object[key] = ["by": by, "one": one, "other": other]
            }
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}
