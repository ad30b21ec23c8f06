import SeamContent

/// Which pages a change to the entries can alter, for an incremental rebuild: worked out from the
/// knowledge base before and after, by what each page shows (`SiteContext.entryPage`).
struct SiteChange {
    let old: KnowledgeBase
    let new: KnowledgeBase
    /// The entries edited, before and after; nil when the set of entries changed (an entry
    /// added, removed, renamed, moved to another kind, made a draft or published).
    let edits: [(before: Entry, after: Entry)]?

    init(old: KnowledgeBase, new: KnowledgeBase) {
        self.old = old
        self.new = new
        edits = Self.edits(from: old.entries, to: new.entries)
    }

    /// The entries of `after` that differ from those of `before`, when both have the same entries
    /// (ids, paths, kinds and draft flags, in the same order); nil when they do not.
    private static func edits(from before: [Entry], to after: [Entry]) -> [(before: Entry, after: Entry)]? {
        guard before.count == after.count else { return nil }
        var edits: [(before: Entry, after: Entry)] = []
        for (old, new) in zip(before, after) where old != new {
            guard old.id == new.id, old.path == new.path, old.kind == new.kind, old.draft == new.draft else { return nil }
            edits.append((old, new))
        }
        return edits
    }

    /// The pages made of many entries that the changed entries can alter, given the list items
    /// before and after (`itemHTML`): a kind's index when an item of it changed (or it draws
    /// charts), the glossary when a term's title, aliases or summary changed (its rows show only
    /// those), the FAQ when a question changed at all (it shows the answers), the home page when
    /// a kind it lists changed. The search page and the 404 page show no entry; the counts and sections
    /// they and the home page show change only with the set of entries (a whole build).
    static func sharedPages(changed: [(before: Entry, after: Entry)], itemBefore: [String: String],
                            itemAfter: [String: String]) -> Set<SiteContext.SharedPage> {
        var pages: Set<SiteContext.SharedPage> = []
        for (before, after) in changed {
            let kind = after.kind
            if kind.has(.glossary), before.title != after.title || before.aliases != after.aliases || before.summary != after.summary {
                pages.insert(.glossary)
            }
            if kind.has(.questions) { pages.insert(.faq) }
            if kind.onHome { pages.insert(.home) }
            if !kind.has(.glossary) && !kind.has(.questions),
               kind.has(.orgChart) || itemBefore[after.id] != itemAfter[after.id] {
                pages.insert(.kindIndex(kind.id))
            }
        }
        return pages
    }

    /// The ids of the entries whose pages may differ; nil when every page may (the set of entries
    /// or their kinds changed, or a glossary term's names or card, which any page's prose may
    /// show). The pages made of many entries (home, indexes, glossary, FAQ, search, 404) are
    /// always rendered again, as is every assessment page (an assessment shows the titles and
    /// sections of the entries it names).
    var affectedPages: Set<String>? {
        guard let changed = edits else { return nil }
        var pages = Set(new.entries(with: .assessment).map(\.id))
        var changedIDs: Set<String> = []
        for (before, after) in changed {
            if after.kind.has(.glossary),
               before.title != after.title || before.aliases != after.aliases || before.summary != after.summary {
                return nil
            }
            changedIDs.insert(after.id)
            // Its own page; the pages listing it as related or referring to it (its item shows
            // there); the pages it lists or links, before and after (their "referenced by").
            for base in [old, new] {
                pages.formUnion(base.backlinks[after.id] ?? [])
                pages.formUnion((base.links[after.id] ?? []).map(\.target))
            }
            pages.formUnion(before.related)
            pages.formUnion(after.related)
        }
        pages.formUnion(changedIDs)
        // The pages whose `id` fields name a changed entry show its item.
        for entry in new.entries {
            for field in entry.kind.fields where field.type == .id {
                if let target = entry.text(of: field.name), changedIDs.contains(target) { pages.insert(entry.id) }
            }
        }
        return pages
    }
}
