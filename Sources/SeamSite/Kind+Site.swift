import SeamContent

extension Kind {
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
