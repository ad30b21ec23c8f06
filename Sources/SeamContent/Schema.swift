/// The shape of a knowledge base, as its `schema.yml` declares it: the kinds of entry (with the
/// fields each takes and the behaviors it opts into) and the roles its org charts may name.
/// Without a `schema.yml`, `Schema.shipped` applies (the declaration Seam ships with).
/// `content/README.md` documents the file.
public struct Schema: Sendable, Hashable {
    public enum FieldType: String, Sendable, Hashable {
        case text, textList = "text-list", idList = "id-list", id, sources, flag, number
        /// Structured data checked by a behavior's own reader (assessments, org charts).
        case structured

        var description: String {
            switch self {
            case .text: return "a text"
            case .textList: return "a list of texts"
            case .idList: return "a list of entry ids"
            case .id: return "an entry id"
            case .sources: return "a list of sources, each with at least `publisher`"
            case .flag: return "true or false"
            case .number: return "a whole number"
            case .structured: return "structured data"
            }
        }
    }

    /// A front-matter field.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var type: FieldType
        public var required = false
        /// For an `id` field: the kind the named entry must be.
        public var targetKind: String?
        /// For an `id` field: the words shown before the link on the entry's page.
        public var label: String?
    }

    /// A role an org chart may name, with the glossary entry that explains it, if any.
    public struct Role: Sendable, Hashable {
        public var name: String
        public var term: String?
    }

    /// The kinds, in the order declared.
    public let kinds: [Kind]
    /// The roles org charts may name; nil when the schema declares none (any name goes).
    public let roles: [Role]?

    /// The schema's file in the content folder.
    public static let fileName = "schema.yml"

    /// The fields every entry may have.
    public static let commonFields: [Field] = [
        Field(name: "title", type: .text, required: true),
        Field(name: "summary", type: .text, required: true),
        Field(name: "aliases", type: .textList),
        Field(name: "asked-as", type: .textList),
        Field(name: "tags", type: .textList),
        Field(name: "related", type: .idList),
        Field(name: "sources", type: .sources),
        Field(name: "draft", type: .flag),
        Field(name: "order", type: .number),
    ]

    /// The fields a behavior brings to a kind.
    public static func fields(of behavior: Kind.Behavior) -> [Field] {
        switch behavior {
        case .sourcedFigure:
            return [Field(name: "figure", type: .text, required: true), Field(name: "measured", type: .text, required: true),
                    Field(name: "sources", type: .sources, required: true)]
        case .orgChart:
            return [Field(name: "reporting", type: .structured), Field(name: "shared", type: .structured)]
        case .assessment:
            return ["questions", "outcomes", "recommendations", "facts", "terms", "explanation", "scoring", "groups", "ratings", "reading"]
                .map { Field(name: $0, type: .structured) }
        case .glossary, .questions:
            return []
        }
    }

    /// The fields of a source mapping, and whether each is required.
    public static let sourceFields: [(name: String, required: Bool)] = [
        ("publisher", true), ("title", false), ("year", false), ("cited_in", false), ("note", false),
    ]

    /// The kind with this id.
    public func kind(id: String) -> Kind? { kinds.first { $0.id == id } }

    /// The kind whose folder is `folder`.
    public func kind(folder: String) -> Kind? { kinds.first { $0.folder == folder } }

    /// The kinds that opt into `behavior`, in order.
    public func kinds(with behavior: Kind.Behavior) -> [Kind] { kinds.filter { $0.has(behavior) } }

    /// The fields an entry of `kind` may have: the common ones, then the kind's (which override a
    /// common field of the same name, such as a required `sources`).
    public func fields(for kind: Kind) -> [Field] {
        Self.commonFields.filter { common in !kind.fields.contains { $0.name == common.name } } + kind.fields
    }

    /// The field `name` of an entry of `kind`.
    public func field(named name: String, for kind: Kind) -> Field? {
        kind.fields.first { $0.name == name } ?? Self.commonFields.first { $0.name == name }
    }

    /// The role named `name`.
    public func role(named name: String) -> Role? { roles?.first { $0.name == name } }

    /// Largest entry file read, in bytes; larger files are refused without being read.
    public static let maximumFileSize = 1_000_000

    /// An id is the file name: lowercase ASCII letters, digits and single hyphens.
    public static func isValidID(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= 100, !id.hasPrefix("-"), !id.hasSuffix("-") else { return false }
        return id.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }
}
