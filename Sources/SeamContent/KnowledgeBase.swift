import Foundation
import SeamMarkdown

/// A link from one entry to another, resolved.
public struct EntryLink: Sendable, Hashable {
    public var target: String
    public var anchor: String?
    public var text: String
    public var position: SourcePosition
}

/// A loaded knowledge base: the entries by id, names and aliases resolved to entries, the link
/// graph both ways, and every problem found while loading and checking.
public struct KnowledgeBase: Sendable {
    /// The content folder as given.
    public let root: String
    /// The entries, sorted by id.
    public let entries: [Entry]
    /// Links from each entry (by id) to other entries, in the order written.
    public let links: [String: [EntryLink]]
    /// For each entry, the ids of the entries that link to it or list it as related, sorted.
    public let backlinks: [String: [String]]
    /// Problems, sorted: errors and warnings.
    public private(set) var diagnostics: [Diagnostic]
    /// The entry files that could not be read, as diagnostics show them.
    public let unreadable: Set<String>
    /// The site's settings (`site.yml`).
    public let site: SiteConfig
    /// The kinds and roles (`schema.yml`, or the shipped declaration).
    public let schema: Schema

    /// The place of each entry in `entries`, by id.
    let index: [String: Int]
    /// Folded names (ids, titles, aliases) to ids.
    let names: [String: String]
    /// What the checks found, per entry, for the next load to reuse (`rechecking`).
    let record: CheckRecord

    /// Loads and checks the knowledge base in `root`. Throws only when the folder cannot be read.
    /// `whenRead` hears the entries (sorted by id, one per id, as `entries` will be) before the
    /// checks across entries run, for work that can start early, such as a search index.
    /// Drafts (`draft: true`) are checked, then left out unless `includeDrafts`.
    /// `cache` keeps the entries read, for the next load of the same folder to reuse. With
    /// `previous` (the last load of the same folder, with the same cache), the checks across
    /// entries run again only for the entries an edit can affect; with `changedFiles` too (paths
    /// relative to `root`, from a file watcher), only those files are looked at (see
    /// `ContentLoader.load(changedFiles:)`).
    public static func load(_ root: String, includeDrafts: Bool = false, maximumFileSize: Int = Schema.maximumFileSize,
                            cache: EntryCache? = nil, previous: KnowledgeBase? = nil, changedFiles: Set<String>? = nil,
                            whenRead: (([Entry]) -> Void)? = nil) throws -> KnowledgeBase {
        let displayRoot = ContentLoader.trimmed(root)
        let (schema, schemaDiagnostics) = Schema.read(root: root, displayRoot: displayRoot, maximumFileSize: maximumFileSize)
        if schemaDiagnostics.contains(where: { $0.severity == .error }) {
            // One cause, one error: entries are read with the kinds the schema declares, so with a
            // broken schema every folder and link would be reported wrongly. Only its errors are.
            return KnowledgeBase(root: displayRoot, loaded: [], diagnostics: schemaDiagnostics, schema: schema)
        }
        var loader = ContentLoader(displayRoot: root, maximumFileSize: maximumFileSize, schema: schema)
        loader.cache = cache
        let sameSchema = previous?.schema == schema
        let entries = try loader.load(changedFiles: sameSchema ? changedFiles : nil)
        let (site, siteDiagnostics) = SiteConfig.read(root: root, displayRoot: loader.displayRoot, maximumFileSize: maximumFileSize)
        let given = schemaDiagnostics + loader.diagnostics + siteDiagnostics
        if let previous, sameSchema, previous.root == loader.displayRoot,
           let rechecked = KnowledgeBase(rechecking: previous, loaded: entries, diagnostics: given, site: site,
                                         includeDrafts: includeDrafts, failed: loader.failed, whenRead: whenRead) {
            return rechecked
        }
        return KnowledgeBase(root: loader.displayRoot, loaded: entries, diagnostics: given,
                             site: site, schema: schema, includeDrafts: includeDrafts, failed: loader.failed, whenRead: whenRead)
    }

    /// Checks the entries `loaded`, given the problems found in reading them (`diagnostics`).
    init(root: String, loaded: [Entry], diagnostics: [Diagnostic], site: SiteConfig = SiteConfig(), schema: Schema = .shipped,
         includeDrafts: Bool = true, failed: Set<String> = [], whenRead: (([Entry]) -> Void)? = nil) {
        var checker = Checker(root: root, diagnostics: [], failed: failed)
        let checked = checker.uniqueEntries(loaded)
        let hasDuplicates = !checker.diagnostics.isEmpty
        // Links are resolved among every entry, so a link to a draft is reported as that, once;
        // then the drafts and every link to them leave the knowledge base.
        let drafts = includeDrafts ? [] : Set(checked.filter(\.draft).map(\.id))
        var entries = checked
        if !drafts.isEmpty { entries = checked.filter { !$0.draft }.map { $0.leavingOutRelated(drafts) } }
        whenRead?(entries)
        let positions = Dictionary(checked.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
        let resolved = checker.resolveLinks(of: checked, among: checked) { path in positions[path].map { checked[$0] } }
        var record = CheckRecord(loaded: loaded, checked: checked, includeDrafts: includeDrafts, reusable: !hasDuplicates,
                                 shared: [], failed: failed, drafts: drafts,
                                 linkProblems: resolved.compactMapValues { $0.problems.isEmpty ? nil : $0.problems },
                                 positions: positions)
        var links: [String: [EntryLink]] = [:]
        for entry in checked where !drafts.contains(entry.id) {
            let all = resolved[entry.id]?.links ?? []
            links[entry.id] = drafts.isEmpty ? all : all.filter { !drafts.contains($0.target) }
            record.checkLinksToDrafts(of: entry, links: all, checker: checker)
        }
        let index = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.id, $0) })
        let names = checker.names(entries)
        record.shared = checker.diagnostics
        var backlinks: [String: Set<String>] = [:]
        for entry in entries {
            for target in Self.linkedTargets(entry, links[entry.id] ?? [], index: index) { backlinks[target, default: []].insert(entry.id) }
        }
        let sortedBacklinks = backlinks.mapValues { $0.sorted() }
        let ids = entries.map(\.id)
        for entry in entries {
            record.check(entry, checker: checker, entries: entries, ids: ids, index: index, backlinks: sortedBacklinks)
        }
        self.init(root: root, entries: entries, links: links, backlinks: sortedBacklinks, given: diagnostics, site: site,
                  schema: schema, index: index, names: names, record: record)
    }

    /// The knowledge base made of these parts; its problems are `given` and those in `record`.
    init(root: String, entries: [Entry], links: [String: [EntryLink]], backlinks: [String: [String]], given: [Diagnostic],
         site: SiteConfig, schema: Schema, index: [String: Int], names: [String: String], record: CheckRecord) {
        self.root = root
        self.entries = entries
        self.links = links
        self.backlinks = backlinks
        self.site = site
        self.schema = schema
        self.index = index
        self.names = names
        self.record = record
        self.unreadable = Set(record.failed.map { root == "." ? $0 : "\(root)/\($0)" })
        var all = given + record.shared + record.linkProblems.values.joined() + record.draftProblems.values.joined()
            + record.entryProblems.values.joined()
        if let problem = site.sourcesProblem(isEntry: { index[$0] != nil }) { all.append(problem) }
        self.diagnostics = []
        self.diagnostics = ordered(all)
    }

    /// The entries `entry` links to or lists as related, but itself: those it is a backlink of.
    static func linkedTargets(_ entry: Entry, _ links: [EntryLink], index: [String: Int]) -> Set<String> {
        var targets = Set(links.lazy.map(\.target).filter { $0 != entry.id })
        for related in entry.related where related != entry.id && index[related] != nil { targets.insert(related) }
        return targets
    }

    /// `diagnostics` in the order `seam check` prints them: causes first (the problems of files
    /// that could not be read), then everything else by place.
    public func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { (unreadable.contains($0.path) ? 0 : 1, $0) < (unreadable.contains($1.path) ? 0 : 1, $1) }
    }

    /// The entry with this id.
    public func entry(_ id: String) -> Entry? { index[id].map { entries[$0] } }

    /// The entry whose id, title or alias is `name`, ignoring case, accents and hyphens.
    public func entry(named name: String) -> Entry? {
        if let entry = entry(name) { return entry }
        return names[NameKey.fold(name)].flatMap { entry($0) }
    }

    /// Entries of one kind, sorted by id.
    public func entries(of kind: Kind) -> [Entry] { entries.filter { $0.kind == kind } }

    /// Entries of the kinds that opt into `behavior`, sorted by id.
    public func entries(with behavior: Kind.Behavior) -> [Entry] { entries.filter { $0.kind.has(behavior) } }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// The path shown in diagnostics for an entry.
    public func displayPath(_ entry: Entry) -> String { root == "." ? entry.path : "\(root)/\(entry.path)" }
}
