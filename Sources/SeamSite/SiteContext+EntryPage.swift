import SeamContent

extension SiteContext {
    /// `folder/id.html`: title, summary, figure and sources, the org chart, the body with glossary
    /// terms linked, related entries and what refers to the entry.
    func entryPage(_ entry: Entry) -> SiteFile {
        if entry.kind == .assessment, let assessment = assessments[entry.id] {
            return assessmentPage(entry, assessment)
        }
        let root = "../"
        let session = linker.session(root: root, excluding: entry.id)
        let body = bodyHTML(entry, root: root, session: session)
        // The items' HTML joined: one text, so pages do not differ in shape by their number.
        let related = entry.related.compactMap { itemHTML[$0] }.joined(separator: "\n")
        let backlinks = (base.backlinks[entry.id] ?? []).compactMap { itemHTML[$0] }.joined(separator: "\n")
        let framework = entry.framework.flatMap { base.entry($0) }
        let values: [String: Any] = [
            "id": entry.id,
            "title": entry.title,
            "summary": entry.summary,
            "kind": entry.kind.rawValue,
            "kindName": entry.kind.singularName,
            "kindIndex": root + entry.kind.indexPage,
            "kindPlural": entry.kind.pluralName,
            "aliases": entry.aliases,
            "hasAliases": !entry.aliases.isEmpty,
            "fact": entry.figure.map { ["value": $0, "measured": entry.measured ?? false,
                                        "source": entry.sources.isEmpty ? "not given" : entry.citations] as [String: Any] } ?? false,
            "chart": chart(entry.id),
            "body": body,
            "sources": entry.sources.map { ["citation": $0.citation, "note": $0.note ?? false] as [String: Any] },
            "hasSources": !entry.sources.isEmpty,
            "framework": framework.map { item($0, root: root) } ?? false,
            "related": related,
            "hasRelated": !related.isEmpty,
            "backlinks": backlinks,
            "hasBacklinks": !backlinks.isEmpty,
            "tags": entry.tags,
            "hasTags": !entry.tags.isEmpty,
        ]
        return page(entry.page, template: "entry", values: values, title: entry.title, pageKind: entry.kind.rawValue,
                    description: entry.summary,
                    breadcrumb: [(root + "index.html", "Home"), (root + entry.kind.indexPage, entry.kind.pluralName)])
    }
}
