import SeamContent

extension SiteContext {
    /// `folder/id.html`: title, summary, figure and sources, the org chart, the body with glossary
    /// terms linked, related entries and what refers to the entry.
    func entryPage(_ entry: Entry) -> SiteFile {
        if entry.kind.has(.assessment), let assessment = assessments[entry.id] {
            return assessmentPage(entry, assessment)
        }
        let root = SiteContext.root(of: entry.page)
        let session = linker.session(root: root, excluding: entry.id)
        let body = bodyHTML(entry, root: root, session: session)
        // Related entries, then those referring to this one, each once; the first `shownRelated`
        // in view, the rest behind "show all". The items' HTML joined: one text, so pages do not
        // differ in shape by their number.
        var seen: Set<String> = [entry.id]
        let linked = (entry.related + (base.backlinks[entry.id] ?? [])).filter { seen.insert($0).inserted }.compactMap { itemHTML[$0] }
        let related = linked.prefix(Self.shownRelated).joined(separator: "\n")
        let more = linked.dropFirst(Self.shownRelated).joined(separator: "\n")
        // The fields of the kind that name one other entry (`type: id`), shown as links.
        let references: [TemplateValue] = entry.kind.fields.filter { $0.type == .id }.compactMap { field in
            guard let target = entry.text(of: field.name).flatMap({ base.entry($0) }) else { return nil }
            var value = item(target, root: root)
            value["label"] = .text(field.label ?? target.kind.singularName + ":")
            return value
        }
        // The kind's other fields (`EntryDetail`), each as its label and value.
        let details: [TemplateValue] = base.details(of: entry).map { detail in
            var value: TemplateValue = ["label": .text(detail.label), "text": false, "links": .list([])]
            switch detail.value {
            case .text(let text): value["text"] = .text(text)
            case .texts(let texts): value["text"] = .text(texts.joined(separator: ", "))
            case .number(let number): value["text"] = .text(String(number))
            case .flag(let flag): value["text"] = .text(strings.text(flag ? "flagYes" : "flagNo"))
            case .entries(let ids): value["links"] = .list(ids.compactMap { base.entry($0) }.map { item($0, root: root) })
            }
            return value
        }
        let values: TemplateValue = [
            "id": .text(entry.id),
            "title": .text(entry.title),
            "summary": .text(entry.summary),
            "kind": .text(entry.kind.rawValue),
            "kindName": .text(entry.kind.singularName),
            "kindIndex": .text(root + entry.kind.indexPage),
            "kindPlural": .text(entry.kind.pluralName),
            "aliases": .texts(entry.aliases),
            "hasAliases": .flag(!entry.aliases.isEmpty),
            "fact": entry.figure.map { ["value": .text($0), "measured": .text(or: entry.measured),
                                        "source": .text(entry.sources.isEmpty ? strings.text("sourceNotGiven") : entry.citations),
                                        "sourcesHref": sourcesHref(root: root)] } ?? false,
            "chart": chart(entry.id),
            "body": .html(body),
            "sources": .list(entry.sources.map { ["citation": .text($0.citation), "note": .text(or: $0.note),
                                                  "sourcesHref": sourcesHref(root: root)] }),
            "hasSources": .flag(!entry.sources.isEmpty),
            "references": .list(references),
            "details": .list(details),
            "hasDetails": .flag(!details.isEmpty),
            "related": .html(related),
            "hasRelated": .flag(!related.isEmpty),
            "moreRelated": .html(more),
            "hasMoreRelated": .flag(!more.isEmpty),
            "relatedCount": .number(linked.count),
            "tags": .texts(entry.tags),
            "hasTags": .flag(!entry.tags.isEmpty),
        ]
        return page(entry.page, template: "entry", values: values, title: entry.title, pageKind: entry.kind.rawValue,
                    description: entry.summary,
                    breadcrumb: [(root + "index.html", strings.text("home"))] + (entry.kind == .page ? [] : [(root + entry.kind.indexPage, entry.kind.pluralName)]))
    }

    /// How many related entries an entry page shows before "show all".
    static let shownRelated = 8

    /// The link from a source line to the entry about the sources (`sources` in site.yml), or false.
    func sourcesHref(root: String) -> TemplateValue {
        base.site.sources.flatMap { base.entry($0) }.map { .text(root + $0.page) } ?? false
    }
}
