import SeamAssess
import SeamCharts
import SeamContent

/// A knowledge base with everything read from it, each read once: the entries (with their links and
/// the site settings), the org charts of its structures, its assessments, and every problem found in
/// any of them. `seam check`, `seam build`, the other commands and any program that links the library
/// load this one value, so they all see the same checks.
public struct Project: Sendable {
    /// The entries, links, backlinks and settings.
    public let base: KnowledgeBase
    /// The org charts that read without errors, by the id of their structure.
    public let charts: [String: OrgChart]
    /// The assessments that read without errors, by id.
    public let assessments: [String: Assessment]
    /// Every problem: the content's, the charts' and the assessments', sorted.
    public let diagnostics: [Diagnostic]

    /// Loads the knowledge base in `root` and reads its charts and assessments. Throws only when the
    /// folder cannot be read. `whenRead` hears the entries (sorted by id, one per id) before the
    /// checks across entries run, for work that can start early (`SiteBuild` starts the search index
    /// there).
    /// Drafts are checked, then left out unless `includeDrafts`; `cache` keeps the entries read,
    /// for the next load of the same folder (`seam serve`), which, given the `previous` load and
    /// the files a watcher saw change, checks again only what they can affect (see
    /// `KnowledgeBase.load`).
    public static func load(_ root: String, includeDrafts: Bool = false, cache: EntryCache? = nil,
                            previous: Project? = nil, changedFiles: Set<String>? = nil,
                            whenRead: (([Entry]) -> Void)? = nil) throws -> Project {
        Project(try KnowledgeBase.load(root, includeDrafts: includeDrafts, cache: cache, previous: previous?.base,
                                       changedFiles: changedFiles, whenRead: whenRead))
    }

    /// Reads the charts and assessments of a loaded knowledge base.
    public init(_ base: KnowledgeBase) {
        var diagnostics = base.diagnostics
        var charts: [String: OrgChart] = [:]
        for entry in base.entries(with: .orgChart) {
            let read = OrgChart.read(entry, path: base.displayPath(entry), roles: base.schema.roles)
            diagnostics += read.diagnostics
            if let chart = read.chart { charts[entry.id] = chart }
        }
        var assessments: [String: Assessment] = [:]
        for entry in base.entries(with: .assessment) {
            let read = base.readAssessment(entry)
            diagnostics += read.diagnostics
            if let assessment = read.assessment { assessments[assessment.id] = assessment }
        }
        // An entry an assessment leads to is not unlinked: the assessment's page links to it.
        let named = Set(assessments.values.flatMap(\.references.keys))
        let unlinkedButNamed = Set(base.entries.filter { named.contains($0.id) }.map { base.displayPath($0) })
        diagnostics.removeAll { $0.message == KnowledgeBase.unlinkedMessage && unlinkedButNamed.contains($0.path) }
        self.base = base
        self.charts = charts
        self.assessments = assessments
        self.diagnostics = base.ordered(diagnostics)
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// The assessment `id`, or an error that says why not: no such assessment, or its problems.
    public func assessment(_ id: String) throws -> Assessment {
        if let assessment = assessments[id] { return assessment }
        return try base.assessment(id)  // throws: reading it again gives the reason
    }

    /// The assessments in the order of their entries (by id).
    public var orderedAssessments: [Assessment] {
        base.entries(with: .assessment).compactMap { assessments[$0.id] }
    }
}
