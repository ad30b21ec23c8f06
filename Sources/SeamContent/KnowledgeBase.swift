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

    private let index: [String: Int]
    private let names: [String: String]

    /// Loads and checks the knowledge base in `root`. Throws only when the folder cannot be read.
    /// `whenRead` hears the entries (sorted by id, one per id, as `entries` will be) before the
    /// checks across entries run, for work that can start early, such as a search index.
    /// Drafts (`draft: true`) are checked, then left out unless `includeDrafts`.
    /// `cache` keeps the entries read, for the next load of the same folder to reuse.
    public static func load(_ root: String, includeDrafts: Bool = false, maximumFileSize: Int = Schema.maximumFileSize,
                            cache: EntryCache? = nil, whenRead: (([Entry]) -> Void)? = nil) throws -> KnowledgeBase {
        let displayRoot = ContentLoader.trimmed(root)
        let (schema, schemaDiagnostics) = Schema.read(root: root, displayRoot: displayRoot, maximumFileSize: maximumFileSize)
        if schemaDiagnostics.contains(where: { $0.severity == .error }) {
            // One cause, one error: entries are read with the kinds the schema declares, so with a
            // broken schema every folder and link would be reported wrongly. Only its errors are.
            return KnowledgeBase(root: displayRoot, loaded: [], diagnostics: schemaDiagnostics, schema: schema)
        }
        var loader = ContentLoader(displayRoot: root, maximumFileSize: maximumFileSize, schema: schema)
        loader.cache = cache
        let entries = try loader.load()
        let (site, siteDiagnostics) = SiteConfig.read(root: root, displayRoot: loader.displayRoot, maximumFileSize: maximumFileSize)
        return KnowledgeBase(root: loader.displayRoot, loaded: entries, diagnostics: schemaDiagnostics + loader.diagnostics + siteDiagnostics,
                             site: site, schema: schema, includeDrafts: includeDrafts, failed: loader.failed, whenRead: whenRead)
    }

    init(root: String, loaded: [Entry], diagnostics: [Diagnostic], site: SiteConfig = SiteConfig(), schema: Schema = .shipped,
         includeDrafts: Bool = true, failed: Set<String> = [], whenRead: (([Entry]) -> Void)? = nil) {
        var checker = Checker(root: root, diagnostics: diagnostics, failed: failed)
        self.site = site
        self.schema = schema
        var entries = checker.uniqueEntries(loaded)
        var links: [String: [EntryLink]]
        if includeDrafts || !entries.contains(where: \.draft) {
            whenRead?(entries)
            links = checker.resolveLinks(entries)
        } else {
            // Links are resolved among every entry, so a link to a draft is reported as that, once;
            // then the drafts and every link to them leave the knowledge base.
            links = checker.resolveLinks(entries)
            checker.checkLinksToDrafts(entries, links: links)
            let drafts = Set(entries.filter(\.draft).map(\.id))
            entries.removeAll { drafts.contains($0.id) }
            whenRead?(entries)
            links = links.filter { !drafts.contains($0.key) }.mapValues { $0.filter { !drafts.contains($0.target) } }
            entries = entries.map { $0.leavingOutRelated(drafts) }
        }
        self.root = root
        self.entries = entries
        self.index = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.id, $0) })
        self.names = checker.names(entries)
        self.links = links
        var backlinks: [String: Set<String>] = [:]
        for entry in entries {
            for link in links[entry.id] ?? [] where link.target != entry.id { backlinks[link.target, default: []].insert(entry.id) }
            for related in entry.related where related != entry.id && index[related] != nil {
                backlinks[related, default: []].insert(entry.id)
            }
        }
        self.backlinks = backlinks.mapValues { $0.sorted() }
        checker.checkEntries(entries, index: index, backlinks: self.backlinks)
        let ids = index
        if let problem = site.sourcesProblem(isEntry: { ids[$0] != nil }) { checker.diagnostics.append(problem) }
        self.unreadable = Set(failed.map { root == "." ? $0 : "\(root)/\($0)" })
        self.diagnostics = []
        self.diagnostics = ordered(checker.diagnostics)
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
