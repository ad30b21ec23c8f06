/// The roles an org chart may name, with the glossary term that explains each, when there is one.
/// A fixed vocabulary, so that a typo in a structure's `reporting` is an error, not a new box.
public struct OrgRole: Sendable, Hashable {
    public var name: String
    /// Id of the glossary entry for the role, if the knowledge base has one.
    public var term: String?

    public static let all: [OrgRole] = [
        OrgRole(name: "Board", term: "board"),
        OrgRole(name: "CEO", term: "ceo"),
        OrgRole(name: "COO", term: "coo"),
        OrgRole(name: "CPO", term: "cpo"),
        OrgRole(name: "CRO", term: "cro"),
        OrgRole(name: "CCO", term: "cco"),
        OrgRole(name: "VP Sales", term: "vp-sales"),
        OrgRole(name: "VP CS", term: "vp-cs"),
        OrgRole(name: "Sales", term: nil),
        OrgRole(name: "SDR", term: "sdr"),
        OrgRole(name: "AE", term: "ae"),
        OrgRole(name: "AM", term: "am"),
        OrgRole(name: "CS", term: "customer-success"),
        OrgRole(name: "CSM", term: "csm"),
        OrgRole(name: "Onboarding", term: "onboarding"),
        OrgRole(name: "Implementation", term: nil),
        OrgRole(name: "Support", term: nil),
        OrgRole(name: "Marketing", term: nil),
        OrgRole(name: "RevOps", term: "revops"),
        OrgRole(name: "Sales Ops", term: "sales-operations"),
    ]

    public static func named(_ name: String) -> OrgRole? { all.first { $0.name == name } }
}
