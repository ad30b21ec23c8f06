/// A kind of entry, as the knowledge base's schema (`schema.yml`) declares it: the folder its
/// entries live in, its names, where it shows, and the behaviors it opts into. Two kinds are the
/// same when their ids are.
public struct Kind: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// What a kind can opt into, beyond being a folder of entries with pages.
    public enum Behavior: String, Sendable, Hashable, CaseIterable {
        /// The glossary: the A-Z page, `seam define`, and prose mentions linked to the entry.
        case glossary
        /// One page of questions and answers (the FAQ).
        case questions
        /// Each entry is one figure with its source: `figure`, `measured` and `sources` required.
        case sourcedFigure = "sourced-figure"
        /// An entry may draw an org chart (`reporting`, `shared`).
        case orgChart = "org-chart"
        /// Each entry is an interactive assessment.
        case assessment
    }

    /// The id the schema gives the kind (`term`): `--kind term`, `kind` in JSON output.
    public let id: String
    /// The folder under the content root (`terms`); empty for pages outside any kind.
    public let folder: String
    /// The name of one entry of the kind ("Glossary term").
    public let singularName: String
    /// The name of the kind as a section ("Glossary").
    public let pluralName: String
    public let behaviors: Set<Behavior>
    /// Whether the kind's index is in the site's navigation.
    public let inNavigation: Bool
    /// Whether the home page lists the kind's entries ("start here").
    public let onHome: Bool
    /// How much a match in an entry of this kind weighs in search (1 is neutral).
    public let searchWeight: Double
    /// The fields of the kind's own, with the fields its behaviors bring.
    public let fields: [Schema.Field]
    /// The kind's place in the schema, for ordering.
    public let order: Int

    public init(id: String, folder: String, singularName: String, pluralName: String, behaviors: Set<Behavior> = [],
                inNavigation: Bool = true, onHome: Bool = false, searchWeight: Double = 1, fields: [Schema.Field] = [], order: Int) {
        self.id = id
        self.folder = folder
        self.singularName = singularName
        self.pluralName = pluralName
        self.behaviors = behaviors
        self.inNavigation = inNavigation
        self.onHome = onHome
        self.searchWeight = searchWeight
        self.fields = fields
        self.order = order
    }

    /// The kind of pages outside any kind folder (an introduction, an about page): top-level
    /// Markdown files of the content folder.
    public static let page = Kind(id: "page", folder: "", singularName: "Page", pluralName: "Pages",
                                  inNavigation: false, order: Int.max)

    /// Whether the kind opts into `behavior`.
    public func has(_ behavior: Behavior) -> Bool { behaviors.contains(behavior) }

    /// The kind's id, as `rawValue` was when kinds were fixed.
    public var rawValue: String { id }
    public var description: String { id }

    public static func == (lhs: Kind, rhs: Kind) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
    public static func < (lhs: Kind, rhs: Kind) -> Bool { (lhs.order, lhs.id) < (rhs.order, rhs.id) }

    /// The page that lists the entries of this kind, relative to the site root: the glossary
    /// and the questions have pages of their own.
    public var indexPage: String {
        if has(.glossary) { return "glossary.html" }
        if has(.questions) { return "faq.html" }
        return "\(folder)/index.html"
    }
}
