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

    /// What a kind is, behind one reference: an entry's kind is read for nearly every page and
    /// list item, and a copy then costs one retain instead of one per field.
    private final class Storage: Sendable {
        let id: String, folder: String, singularName: String, pluralName: String
        let behaviorBits: UInt8
        let inNavigation: Bool, onHome: Bool, searchWeight: Double
        let fields: [Schema.Field]
        let order: Int

        init(id: String, folder: String, singularName: String, pluralName: String, behaviors: Set<Behavior>,
             inNavigation: Bool, onHome: Bool, searchWeight: Double, fields: [Schema.Field], order: Int) {
            (self.id, self.folder, self.singularName, self.pluralName) = (id, folder, singularName, pluralName)
            behaviorBits = behaviors.reduce(0) { $0 | Kind.bit($1) }
            (self.inNavigation, self.onHome, self.searchWeight) = (inNavigation, onHome, searchWeight)
            self.fields = fields
            self.order = order
        }
    }

    private let storage: Storage

    /// The id the schema gives the kind (`term`): `--kind term`, `kind` in JSON output.
    public var id: String { storage.id }
    /// The folder under the content root (`terms`); empty for pages outside any kind.
    public var folder: String { storage.folder }
    /// The name of one entry of the kind ("Glossary term").
    public var singularName: String { storage.singularName }
    /// The name of the kind as a section ("Glossary").
    public var pluralName: String { storage.pluralName }
    public var behaviors: Set<Behavior> { Set(Behavior.allCases.filter(has)) }
    /// Whether the kind's index is in the site's navigation.
    public var inNavigation: Bool { storage.inNavigation }
    /// Whether the home page lists the kind's entries ("start here").
    public var onHome: Bool { storage.onHome }
    /// How much a match in an entry of this kind weighs in search (1 is neutral).
    public var searchWeight: Double { storage.searchWeight }
    /// The fields of the kind's own, with the fields its behaviors bring.
    public var fields: [Schema.Field] { storage.fields }
    /// The kind's place in the schema, for ordering.
    public var order: Int { storage.order }

    public init(id: String, folder: String, singularName: String, pluralName: String, behaviors: Set<Behavior> = [],
                inNavigation: Bool = true, onHome: Bool = false, searchWeight: Double = 1, fields: [Schema.Field] = [], order: Int) {
        storage = Storage(id: id, folder: folder, singularName: singularName, pluralName: pluralName, behaviors: behaviors,
                          inNavigation: inNavigation, onHome: onHome, searchWeight: searchWeight, fields: fields, order: order)
    }

    /// The kind of pages outside any kind folder (an introduction, an about page): top-level
    /// Markdown files of the content folder.
    public static let page = Kind(id: "page", folder: "", singularName: "Page", pluralName: "Pages",
                                  inNavigation: false, order: Int.max)

    /// Whether the kind opts into `behavior`.
    public func has(_ behavior: Behavior) -> Bool { storage.behaviorBits & Self.bit(behavior) != 0 }

    /// `behavior`'s bit in `Storage.behaviorBits` (a test per call, where the set hashed).
    private static func bit(_ behavior: Behavior) -> UInt8 {
        switch behavior {
        case .glossary: 1
        case .questions: 2
        case .sourcedFigure: 4
        case .orgChart: 8
        case .assessment: 16
        }
    }

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
