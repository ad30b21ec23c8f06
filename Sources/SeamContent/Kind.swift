/// The kinds of entry. Each kind lives in its own folder under the content root.
public enum Kind: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case framework, factor, structure, term, faq, fact, guide, assessment

    /// The folder under the content root that holds entries of this kind.
    public var folder: String {
        switch self {
        case .framework: return "frameworks"
        case .factor: return "factors"
        case .structure: return "structures"
        case .term: return "terms"
        case .faq: return "faqs"
        case .fact: return "facts"
        case .guide: return "guides"
        case .assessment: return "assessments"
        }
    }

    /// A human name for the kind, plural ("Glossary terms").
    public var pluralName: String {
        switch self {
        case .framework: return "Frameworks"
        case .factor: return "Factors"
        case .structure: return "Structures"
        case .term: return "Glossary"
        case .faq: return "Questions"
        case .fact: return "Facts and figures"
        case .guide: return "Guides"
        case .assessment: return "Assessments"
        }
    }

    /// The singular name shown beside an entry ("Glossary term"), on its page and in search results.
    public var singularName: String {
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

    /// The kind stored in `folder`, if any.
    public init?(folder: String) {
        guard let kind = Kind.allCases.first(where: { $0.folder == folder }) else { return nil }
        self = kind
    }

    public static func < (lhs: Kind, rhs: Kind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
