import SeamMarkdown

/// A value handed to a template: a text, trusted markup, a flag, a number, a list or an object
/// whose fields keep the order they are written in. Typed, so that `CompiledTemplates` reads the
/// shape of a page's values without a cast or a sort; turned into what Mustache reads (`mustache`)
/// only when a template is rendered by Mustache: once per shape, or once for a one-off page.
///
/// Escaping follows the value, not the template (as Plot's `.text` and `.raw`): a `.text` is
/// always escaped for HTML and `.html` never is, whether a theme writes `{{name}}` or `{{{name}}}`.
enum TemplateValue: Sendable {
    /// Text from the content or the settings: escaped wherever it goes.
    case text(String)
    /// Markup that Seam made itself (a rendered body, a chart, a rendered partial): never escaped.
    case html(String)
    case flag(Bool)
    case number(Int)
    case list([TemplateValue])
    case object([(name: String, value: TemplateValue)])

    /// A list of texts.
    static func texts(_ texts: [String]) -> TemplateValue { .list(texts.map { .text($0) }) }

    /// `value` as a text, or `false` (a section that does not show) when it is nil.
    static func text(or value: String?) -> TemplateValue { value.map { .text($0) } ?? .flag(false) }

    /// The field `name` of an object; setting one adds it at the end or replaces it in place.
    subscript(name: String) -> TemplateValue? {
        get {
            guard case .object(let fields) = self else { return nil }
            return fields.first { $0.name == name }?.value
        }
        set {
            guard case .object(var fields) = self else { return }
            if let index = fields.firstIndex(where: { $0.name == name }) {
                if let newValue { fields[index].value = newValue } else { fields.remove(at: index) }
            } else if let newValue {
                fields.append((name, newValue))
            }
            self = .object(fields)
        }
    }

    /// The value as Mustache reads it: `String`, `Bool`, `Int`, `[Any]`, `[String: Any]`.
    var mustache: Any {
        switch self {
        case .text(let text): return escapeHTML(text)
        case .html(let html): return html
        case .flag(let flag): return flag
        case .number(let number): return number
        case .list(let items): return items.map(\.mustache)
        case .object(let fields):
            var dictionary: [String: Any] = [:]
            for field in fields { dictionary[field.name] = field.value.mustache }
            return dictionary
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByStringInterpolation {
    init(stringLiteral value: String) { self = .text(value) }
    init(booleanLiteral value: Bool) { self = .flag(value) }
    init(integerLiteral value: Int) { self = .number(value) }
    init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    init(dictionaryLiteral elements: (String, TemplateValue)...) { self = .object(elements.map { (name: $0.0, value: $0.1) }) }
}
