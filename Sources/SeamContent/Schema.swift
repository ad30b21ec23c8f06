/// The front-matter fields of an entry: the one place that says which fields exist, what
/// type each has and which kinds require it. `content/README.md` documents the same table.
public enum Schema {
    public enum FieldType: Sendable, Hashable {
        case text, textList, idList, id, sources
        /// Kind-specific structured data checked by its own validator (assessments).
        case structured

        var description: String {
            switch self {
            case .text: return "a text"
            case .textList: return "a list of texts"
            case .idList: return "a list of entry ids"
            case .id: return "an entry id"
            case .sources: return "a list of sources, each with at least `publisher`"
            case .structured: return "structured data"
            }
        }
    }

    public struct Field: Sendable, Hashable {
        public var name: String
        public var type: FieldType
        /// Kinds that must have the field, non-empty.
        public var requiredBy: Set<Kind>
        /// Kinds that may have it; nil for all kinds.
        public var allowedIn: Set<Kind>?
    }

    public static let fields: [Field] = [
        Field(name: "title", type: .text, requiredBy: Set(Kind.allCases)),
        Field(name: "summary", type: .text, requiredBy: Set(Kind.allCases)),
        Field(name: "aliases", type: .textList, requiredBy: []),
        Field(name: "tags", type: .textList, requiredBy: []),
        Field(name: "related", type: .idList, requiredBy: []),
        Field(name: "sources", type: .sources, requiredBy: [.fact]),
        Field(name: "figure", type: .text, requiredBy: [.fact], allowedIn: [.fact]),
        Field(name: "measured", type: .text, requiredBy: [.fact], allowedIn: [.fact]),
        Field(name: "framework", type: .id, requiredBy: [.factor], allowedIn: [.factor]),
        Field(name: "reporting", type: .structured, requiredBy: [], allowedIn: [.structure]),
        Field(name: "shared", type: .structured, requiredBy: [], allowedIn: [.structure]),
    ] + assessmentFields

    /// Fields of assessment definitions; their content is checked by the assessment validator.
    public static let assessmentFields: [Field] = ["questions", "outcomes", "recommendations", "facts", "terms",
                                                    "explanation", "scoring", "groups", "ratings", "reading"]
        .map { Field(name: $0, type: .structured, requiredBy: [], allowedIn: [.assessment]) }

    /// The fields of a source mapping, and whether each is required.
    public static let sourceFields: [(name: String, required: Bool)] = [
        ("publisher", true), ("title", false), ("year", false), ("cited_in", false), ("note", false),
    ]

    public static func field(named name: String) -> Field? { fields.first { $0.name == name } }

    /// Largest entry file read, in bytes; larger files are refused without being read.
    public static let maximumFileSize = 1_000_000

    /// An id is the file name: lowercase ASCII letters, digits and single hyphens.
    public static func isValidID(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= 100, !id.hasPrefix("-"), !id.hasSuffix("-") else { return false }
        return id.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }
}
