/// What the checks across entries found, kept per entry, so that the next load of the same folder
/// after an edit (`seam serve`) checks again only what the edit can affect.
struct CheckRecord: Sendable {
    /// The entries as read, before duplicates were left out: the next load is compared with these.
    var loaded: [Entry]
    /// The entries checked: one per id, drafts among them, sorted by id.
    var checked: [Entry]
    var includeDrafts: Bool
    /// Whether a next load may reuse the record: no duplicate ids.
    var reusable: Bool
    /// The problems found across entries: duplicate ids, names (titles and aliases).
    var shared: [Diagnostic]
    /// The entry files that could not be read (paths relative to the root).
    var failed: Set<String>
    /// The ids of the drafts left out of the knowledge base.
    var drafts: Set<String>
    /// Per entry id, the problems of its links (only entries that have some).
    var linkProblems: [String: [Diagnostic]]
    /// Per entry id, its links and `related` items to drafts left out.
    var draftProblems: [String: [Diagnostic]] = [:]
    /// Per entry id, the problems of its other rules (`Checker.checkEntry`; only entries that have some).
    var entryProblems: [String: [Diagnostic]] = [:]
    /// The place in `checked` of the entry at each path.
    var positions: [String: Int]

    /// Checks `entry` again (`Checker.checkEntry`), replacing what was recorded for it.
    mutating func check(_ entry: Entry, checker: Checker, entries: [Entry], ids: [String], index: [String: Int],
                        backlinks: [String: [String]]) {
        entryProblems[entry.id] = Self.problems(checker) {
            $0.checkEntry(entry, entries: entries, ids: ids, index: index, backlinks: backlinks)
        }
    }

    /// Checks again the links (`links`, resolved) and `related` items of `entry`, as read, that
    /// lead to drafts left out.
    mutating func checkLinksToDrafts(of entry: Entry, links: [EntryLink], checker: Checker) {
        draftProblems[entry.id] = Self.problems(checker) { [drafts] in $0.checkLinksToDrafts(entry, links: links, drafts: drafts) }
    }

    /// What `rules` report, run by a checker of its own like `checker`; nil for nothing.
    private static func problems(_ checker: Checker, _ rules: (inout Checker) -> Void) -> [Diagnostic]? {
        var local = Checker(root: checker.root, diagnostics: [], failed: checker.failed)
        rules(&local)
        return local.diagnostics.isEmpty ? nil : local.diagnostics
    }
}

extension KnowledgeBase {
    /// `previous` brought up to date with the entries `loaded` after an edit, checking again only
    /// what the edit can change: the edited entries' links and rules, the links of the entries that
    /// link to one whose headings changed (and of the drafts), and the rules of the entries whose
    /// backlinks changed. Equal to a whole check of `loaded` (`KnowledgeBase(root:loaded:...)`,
    /// which tests compare it with); nil when the edit is not of that sort (an entry added,
    /// removed, renamed or moved, its title, aliases, kind or draft flag changed, duplicate ids, a
    /// file that no longer reads), for a whole check.
    init?(rechecking previous: KnowledgeBase, loaded: [Entry], diagnostics: [Diagnostic], site: SiteConfig,
          includeDrafts: Bool, failed: Set<String>, whenRead: (([Entry]) -> Void)?) {
        var record = previous.record
        guard record.reusable, record.includeDrafts == includeDrafts, record.failed == failed,
              record.loaded.count == loaded.count else { return nil }
        var changed: [(before: Entry, after: Entry)] = []
        for (before, after) in zip(record.loaded, loaded) where !after.isSameValue(as: before) {
            guard before.path == after.path, before.id == after.id, before.kind == after.kind, before.title == after.title,
                  before.aliases == after.aliases, before.draft == after.draft else { return nil }
            changed.append((before, after))
        }
        // The problems of names (a title used twice, say) point into the front matter, which an
        // edit can move: an entry that has one is checked whole.
        let named = Set(record.shared.map(\.path))
        guard !changed.contains(where: { named.contains(previous.displayPath($0.after)) }) else { return nil }
        // A link to a draft is checked against the draft's headings, and not kept as a backlink.
        let drafts = record.drafts
        guard !changed.contains(where: { drafts.contains($0.after.id) && $0.before.headings != $0.after.headings }) else { return nil }
        var entries = previous.entries
        for (_, after) in changed {
            guard let place = record.positions[after.path] else { return nil }
            record.checked[place] = after
            if !drafts.contains(after.id), let published = previous.index[after.id] {
                entries[published] = drafts.isEmpty ? after : after.leavingOutRelated(drafts)
            }
        }
        whenRead?(entries)
        let checker = Checker(root: previous.root, diagnostics: [], failed: failed)
        // The links to resolve again: the edited entries', and those of the entries linking to one
        // whose headings changed (an anchor may now be missing, or found), drafts among them.
        var again = Set(changed.map(\.after.id))
        for (before, after) in changed where before.headings != after.headings {
            again.formUnion(previous.backlinks[after.id] ?? [])
            again.formUnion(drafts)
        }
        let positions = record.positions, checked = record.checked
        let resolving = checked.filter { again.contains($0.id) }
        let resolved = checker.resolveLinks(of: resolving, among: checked) { path in positions[path].map { checked[$0] } }
        let asRead = Dictionary(resolving.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var links = previous.links
        var backlinks = previous.backlinks
        var recheck = Set(changed.map(\.after.id)).subtracting(drafts)
        for (id, result) in resolved {
            record.linkProblems[id] = result.problems.isEmpty ? nil : result.problems
            guard let place = previous.index[id] else { continue }  // a draft left out
            let kept = drafts.isEmpty ? result.links : result.links.filter { !drafts.contains($0.target) }
            if let entry = asRead[id] { record.checkLinksToDrafts(of: entry, links: result.links, checker: checker) }
            let before = Self.linkedTargets(previous.entries[place], previous.links[id] ?? [], index: previous.index)
            let after = Self.linkedTargets(entries[place], kept, index: previous.index)
            links[id] = kept
            for target in before.subtracting(after) {
                backlinks[target]?.removeAll { $0 == id }
                if backlinks[target]?.isEmpty == true { backlinks[target] = nil }
                recheck.insert(target)
            }
            for target in after.subtracting(before) {
                var list = backlinks[target] ?? []
                list.insert(id, at: list.firstIndex { $0 > id } ?? list.endIndex)
                backlinks[target] = list
                recheck.insert(target)
            }
        }
        let ids = entries.map(\.id)
        for id in recheck.sorted() {
            guard let place = previous.index[id] else { continue }
            record.check(entries[place], checker: checker, entries: entries, ids: ids, index: previous.index, backlinks: backlinks)
        }
        record.loaded = loaded
        self.init(root: previous.root, entries: entries, links: links, backlinks: backlinks, given: diagnostics, site: site,
                  schema: previous.schema, index: previous.index, names: previous.names, record: record)
    }
}
