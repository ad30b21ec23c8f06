import SeamMarkdown
import Yams

/// Structured front-matter data as a value, with the file position of every part, for the
/// readers of kind-specific fields (assessment definitions).
public indirect enum DataValue: Sendable, Hashable {
    case text(String, SourcePosition)
    case list([DataValue], SourcePosition)
    case mapping([Field], SourcePosition)
    case null(SourcePosition)

    /// One key of a mapping, where it is written, and its value.
    public struct Field: Sendable, Hashable {
        public var key: String
        public var keyPosition: SourcePosition
        public var value: DataValue
    }

    /// Nesting deeper than this is refused when reading (front matter has no use for it).
    public static let maximumDepth = 32

    public var position: SourcePosition {
        switch self {
        case .text(_, let position), .list(_, let position), .mapping(_, let position), .null(let position):
            return position
        }
    }

    public var text: String? { if case .text(let value, _) = self { return value } else { return nil } }
    public var items: [DataValue]? { if case .list(let items, _) = self { return items } else { return nil } }
    public var pairs: [(key: String, value: DataValue)]? {
        if case .mapping(let fields, _) = self { return fields.map { (key: $0.key, value: $0.value) } } else { return nil }
    }

    /// The fields of a mapping, with where each key is written.
    public var fields: [Field]? { if case .mapping(let fields, _) = self { return fields } else { return nil } }

    /// The value of `key` in a mapping.
    public subscript(key: String) -> DataValue? {
        guard case .mapping(let fields, _) = self else { return nil }
        return fields.first { $0.key == key }?.value
    }

    /// "a text", "a list", "a mapping", "nothing": for error messages.
    public var typeDescription: String {
        switch self {
        case .text: return "a text"
        case .list: return "a list"
        case .mapping: return "a mapping"
        case .null: return "nothing"
        }
    }

    public static func == (lhs: DataValue, rhs: DataValue) -> Bool {
        switch (lhs, rhs) {
        case let (.text(a, p), .text(b, q)): return a == b && p == q
        case let (.list(a, p), .list(b, q)): return a == b && p == q
        case let (.mapping(a, p), .mapping(b, q)): return a == b && p == q
        case let (.null(p), .null(q)): return p == q
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(position)
        switch self {
        case .text(let value, _): hasher.combine(value)
        case .list(let items, _): hasher.combine(items)
        case .mapping(let fields, _): hasher.combine(fields)
        case .null: hasher.combine(0)
        }
    }

    /// Converts a Yams node; `lineOffset` turns YAML lines into file lines. Returns nil past
    /// `maximumDepth`.
    static func from(_ node: Yams.Node, lineOffset: Int, depth: Int = 0) -> DataValue? {
        guard depth <= maximumDepth else { return nil }
        let position = SourcePosition(line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return .null(position) }
            return .text(scalar.string, position)
        case .sequence(let sequence):
            var items: [DataValue] = []
            for item in sequence {
                guard let value = from(item, lineOffset: lineOffset, depth: depth + 1) else { return nil }
                items.append(value)
            }
            return .list(items, position)
        case .mapping(let mapping):
            var fields: [Field] = []
            for (key, value) in mapping {
                guard let converted = from(value, lineOffset: lineOffset, depth: depth + 1) else { return nil }
                let keyPosition = SourcePosition(line: (key.mark?.line ?? 1) + lineOffset, column: key.mark?.column ?? 1)
                fields.append(Field(key: key.scalar?.string ?? "", keyPosition: keyPosition, value: converted))
            }
            return .mapping(fields, position)
        case .alias:
            return .null(position)
        }
    }
}
