import Foundation
import SeamMarkdown

/// The rules of `seam check` that span entries: unique ids, names and aliases, links,
/// related entries, the id fields a kind declares, drafts, and entries nothing links to.
struct Checker {
    var root: String
    var diagnostics: [Diagnostic]
    /// Entry files that failed to load (relative paths): one error each is enough, so links and
    /// `related` items that lead to them are not reported.
    var failed: Set<String> = []

    /// Whether `id` or `path` names an entry file that failed to load.
    private func failedToLoad(path: String? = nil, id: String? = nil) -> Bool {
        if let path, failed.contains(path) { return true }
        if let id { return failed.contains { $0.hasSuffix("/" + id + ".md") || $0 == id + ".md" } }
        return false
    }

    private func display(_ entry: Entry) -> String { root == "." ? entry.path : "\(root)/\(entry.path)" }

    private mutating func report(_ entry: Entry, _ position: SourcePosition, _ message: String,
                                 _ severity: Diagnostic.Severity = .error) {
        diagnostics.append(Diagnostic(path: display(entry), line: position.line, column: position.column,
                                      severity: severity, message: message))
    }

    /// Keeps the first entry of each id (in path order) and reports the others.
    mutating func uniqueEntries(_ loaded: [Entry]) -> [Entry] {
        var seen: [String: Entry] = [:]
        var kept: [Entry] = []
        for entry in loaded {
            if let first = seen[entry.id] {
                report(entry, SourcePosition(line: 1, column: 1),
                       "duplicate id `\(entry.id)`: \(display(first)) has it already; rename one of the files")
                continue
            }
            seen[entry.id] = entry
            kept.append(entry)
        }
        return kept.sorted { $0.id < $1.id }
    }

    /// Maps folded titles, aliases and ids to ids (in that order of precedence), reporting
    /// aliases that collide with another entry's id, title or alias, and titles used twice.
    mutating func names(_ entries: [Entry]) -> [String: String] {
        var owner: [String: String] = [:]  // folded name -> id
        let idKeys = Dictionary(entries.map { (NameKey.fold($0.id), $0.id) }, uniquingKeysWith: { first, _ in first })
        for entry in entries {
            let key = NameKey.fold(entry.title)
            guard !key.isEmpty else { continue }
            if let other = owner[key], other != entry.id {
                report(entry, entry.position(of: "title"),
                       "title \"\(entry.title)\" is also the title of `\(other)`: give one of them a distinct title", .warning)
            } else {
                owner[key] = entry.id
            }
        }
        for entry in entries {
            var own = Set([NameKey.fold(entry.id), NameKey.fold(entry.title)])
            for alias in entry.aliases {
                let key = NameKey.fold(alias)
                if own.contains(key) {
                    if key != NameKey.fold(entry.title) && key != NameKey.fold(entry.id) {
                        report(entry, entry.position(of: "aliases", item: alias), "alias \"\(alias)\" is listed twice: remove one", .warning)
                    }
                    continue
                }
                if let other = owner[key] ?? idKeys[key], other != entry.id {
                    report(entry, entry.position(of: "aliases", item: alias),
                           "alias \"\(alias)\" is already the id, title or an alias of `\(other)`: an alias must lead to one entry only")
                    continue
                }
                owner[key] = entry.id
                own.insert(key)
            }
        }
        for (key, id) in idKeys where owner[key] == nil { owner[key] = id }
        return owner
    }

    /// Resolves the links of `entries` among `all`, whose entry at a path `entryAt` gives,
    /// reporting unknown entries and anchors: the links of each entry (by id) and the problems
    /// found in them. Entries are resolved in parallel (one of the few steps of loading that is
    /// not per file); the results do not depend on the threads.
    func resolveLinks(of entries: [Entry], among all: [Entry], entryAt: @escaping @Sendable (String) -> Entry?)
        -> [String: (links: [EntryLink], problems: [Diagnostic])] {
        let checker = self
        let results = Parallel.map(entries.count) { number in
            var local = Checker(root: checker.root, diagnostics: [], failed: checker.failed)
            return (local.resolveLinks(of: entries[number], entryAt: entryAt, entries: all), local.diagnostics)
        }
        var resolved: [String: (links: [EntryLink], problems: [Diagnostic])] = [:]
        for (entry, result) in zip(entries, results) { resolved[entry.id] = result }
        return resolved
    }

    /// The links of `entry` to other entries, reporting unknown entries and anchors.
    private mutating func resolveLinks(of entry: Entry, entryAt: (String) -> Entry?, entries: [Entry]) -> [EntryLink] {
        var links: [EntryLink] = []
        for link in entry.links {
            switch LinkTarget.resolve(link.destination, from: entry.path) {
            case .external:
                continue
            case .invalid(let reason):
                report(entry, link.position, reason)
            case .samePage(let anchor):
                if !anchor.isEmpty, !entry.headings.contains(where: { $0.anchor == anchor }) {
                    report(entry, link.position, "no heading with anchor `#\(anchor)` in this entry\(Self.anchorHint(anchor, entry))")
                }
            case .file(let path, let anchor):
                guard let target = entryAt(path) else {
                    if failedToLoad(path: path) { continue }
                    let id = String(path.split(separator: "/").last ?? "").replacingOccurrences(of: ".md", with: "")
                    var message = "link to `\(link.destination)`, which is not an entry"
                    if let found = entries.first(where: { $0.id == id }) {
                        message += ": `\(id)` is at \(found.path)"
                    } else {
                        let close = EditDistance.suggestions(for: id, in: entries.map(\.id))
                        if !close.isEmpty { message += "; did you mean \(close.map { "`\($0)`" }.joined(separator: ", "))?" }
                    }
                    report(entry, link.position, message)
                    continue
                }
                if let anchor, !anchor.isEmpty, !target.headings.contains(where: { $0.anchor == anchor }) {
                    report(entry, link.position, "`\(target.path)` has no heading with anchor `#\(anchor)`\(Self.anchorHint(anchor, target))")
                }
                links.append(EntryLink(target: target.id, anchor: anchor, text: link.text, position: link.position))
            }
        }
        return links
    }

    private static func anchorHint(_ anchor: String, _ entry: Entry) -> String {
        let anchors = entry.headings.map(\.anchor)
        guard !anchors.isEmpty else { return " (it has no headings)" }
        let close = EditDistance.suggestions(for: anchor, in: anchors)
        if !close.isEmpty { return "; did you mean \(close.map { "`#\($0)`" }.joined(separator: ", "))?" }
        return "; its anchors: \(anchors.prefix(8).map { "`#\($0)`" }.joined(separator: ", "))"
    }

    /// The rules for one entry that need the whole knowledge base (`ids` are the entries' ids,
    /// `index` their places in `entries`).
    mutating func checkEntry(_ entry: Entry, entries: [Entry], ids: [String], index: [String: Int], backlinks: [String: [String]]) {
        for related in entry.related {
            if related == entry.id {
                report(entry, entry.position(of: "related", item: related), "`related` lists the entry itself: remove `\(related)`", .warning)
            } else if index[related] == nil && !failedToLoad(id: related) {
                let close = EditDistance.suggestions(for: related, in: ids)
                let hint = close.isEmpty ? "" : "; did you mean \(close.map { "`\($0)`" }.joined(separator: ", "))?"
                report(entry, entry.position(of: "related", item: related), "`related` names `\(related)`, which is not an entry\(hint)")
            }
        }
        checkReferences(entry, entries: entries, index: index)
        if entry.body.allSatisfy(\.isWhitespace) {
            report(entry, SourcePosition(line: entry.bodyLine, column: 1), "the body is empty: explain the \(entry.kind.rawValue) below the front matter", .warning)
        }
        if let line = TableSyntax.firstTable(in: entry.body) {
            report(entry, SourcePosition(line: entry.bodyLine + line - 1, column: 1),
                   "a table: CommonMark has no tables, so it shows as a paragraph of pipes; write it as a list", .warning)
        }
        if (backlinks[entry.id] ?? []).isEmpty && entries.count > 1 {
            report(entry, SourcePosition(line: 1, column: 1), KnowledgeBase.unlinkedMessage, .warning)
        }
    }

    /// The fields of the entry's kind that name other entries (`type: id` or `id-list`): each
    /// must name an entry, of the declared kind when the schema gives one.
    private mutating func checkReferences(_ entry: Entry, entries: [Entry], index: [String: Int]) {
        for field in entry.kind.fields where field.type == .id || field.type == .idList {
            guard let value = entry.frontMatter?[field.name] else { continue }
            let named = field.type == .id ? [value] : (value.items ?? [])
            for item in named {
                guard let id = item.text?.trimmed, !id.isEmpty else { continue }
                guard let target = index[id].map({ entries[$0] }) else {
                    let close = EditDistance.suggestions(for: id, in: entries.map(\.id))
                    let hint = close.isEmpty ? "" : "; did you mean \(close.map { "`\($0)`" }.joined(separator: ", "))?"
                    report(entry, item.position, "`\(field.name)` names `\(id)`, which is not an entry\(hint)")
                    continue
                }
                if let wanted = field.targetKind, target.kind.id != wanted {
                    report(entry, item.position, "`\(field.name)` must name a \(wanted) entry; `\(id)` is a \(target.kind.id)")
                }
            }
        }
    }

    /// Reports every link and `related` item from a published entry to a draft (one of `drafts`):
    /// the draft is left out of the site, so the link would lead nowhere.
    mutating func checkLinksToDrafts(_ entry: Entry, links: [EntryLink], drafts: Set<String>) {
        guard !entry.draft, !drafts.isEmpty else { return }
        for link in links where drafts.contains(link.target) {
            report(entry, link.position, "link to `\(link.target)`, a draft (`draft: true`), which is left out of the site: "
                + "publish it (remove `draft`) or remove the link")
        }
        for related in entry.related where drafts.contains(related) {
            report(entry, entry.position(of: "related", item: related), "`related` names `\(related)`, a draft (`draft: true`), which is left out of the site: "
                + "publish it (remove `draft`) or remove it from `related`")
        }
    }
}

extension KnowledgeBase {
    /// The warning for an entry nothing links to (`SeamProject` takes it back for an entry an
    /// assessment names: a question, an option, an outcome or a recommendation leads to it).
    public static let unlinkedMessage = "nothing links to this entry: link it from an entry that relies on it, or list it in one's `related`"
}
