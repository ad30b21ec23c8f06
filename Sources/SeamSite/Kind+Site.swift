import SeamContent

extension Kind {
    /// The singular name shown beside an entry ("Glossary term").
    var singularName: String {
        switch self {
        case .framework: return "Framework"
        case .factor: return "Factor"
        case .structure: return "Structure"
        case .term: return "Glossary term"
        case .faq: return "Question"
        case .fact: return "Fact"
        case .guide: return "Guide"
        case .assessment: return "Assessment"
        }
    }

    /// The page that lists the entries of this kind, relative to the site root.
    var indexPage: String {
        switch self {
        case .term: return "glossary.html"
        case .faq: return "faq.html"
        default: return "\(folder)/index.html"
        }
    }
}

extension Entry {
    /// The entry's page, relative to the site root: `terms/nrr.html`.
    var page: String { "\(kind.folder)/\(id).html" }

    /// Every source of the entry in one line.
    var citations: String { sources.map(\.citation).joined(separator: "; ") }
}
