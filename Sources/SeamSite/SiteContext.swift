import Foundation
import SeamAssess
import SeamCharts
import SeamContent
import SeamMarkdown
import SeamProject

/// Everything the pages of one build share, computed once before rendering: the theme, the
/// glossary linker, entries by path, org charts, assessments and the navigation.
final class SiteContext: @unchecked Sendable {
    let project: Project
    var base: KnowledgeBase { project.base }
    let options: SiteOptions
    let theme: Theme
    /// The interface words (the theme's, for the site's language).
    var strings: Strings { theme.strings }
    let linker: GlossaryLinker
    /// Entries by their path in the content folder (`terms/nrr.md`), for links.
    let byPath: [String: Entry]
    /// Org charts of structures, by entry id.
    var charts: [String: OrgChart] { project.charts }
    /// Assessments that read without errors, by id.
    var assessments: [String: Assessment] { project.assessments }
    /// The kinds that have entries, in the schema's order (pages outside any kind are not one).
    let kinds: [Kind]
    /// Each entry as an item of a list (`entry-item`) on a page one folder down, rendered once.
    private(set) var itemHTML: [String: String] = [:]
    /// The templates compiled per shape of their values.
    let templates: CompiledTemplates
    /// The site navigation (`nav`) for pages at the root and one folder down, rendered once.
    private(set) var navigationHTML: [String: String] = [:]

    /// `previous`, the context of the last build of the same site with the same settings and
    /// theme, and the entries edited since (`SiteChange.edits`), lends the items of the entries that
    /// have not changed, its compiled templates, entries by path, kinds, and its glossary linker
    /// when no term's names or card changed.
    init(project: Project, options: SiteOptions, theme: Theme,
         reusing previous: (context: SiteContext, edits: [(before: Entry, after: Entry)])? = nil) {
        self.project = project
        let base = project.base
        self.options = options
        self.theme = theme
        let entries = base.entries
        let changed = previous?.edits
        if let previous = previous?.context, let changed {
            // The same entries, a few of them edited: what depends only on the others is kept.
            templates = previous.templates
            let namesKept = changed.allSatisfy { before, after in
                !after.kind.has(.glossary) || (before.title == after.title && before.aliases == after.aliases && before.summary == after.summary)
            }
            linker = namesKept ? previous.linker : GlossaryLinker(terms: base.entries(with: .glossary))
            var byPath = previous.byPath
            for (_, after) in changed { byPath[after.path] = after }
            self.byPath = byPath
            kinds = previous.kinds
            itemHTML = previous.itemHTML
        } else {
            templates = CompiledTemplates(enabled: options.compileTemplates)
            linker = GlossaryLinker(terms: base.entries(with: .glossary))
            byPath = Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            kinds = base.schema.kinds.filter { kind in entries.contains { $0.kind == kind } }
        }
        for root in ["", "../"] {
            navigationHTML[root] = theme.render("nav", ["root": .text(root), "nav": navigation(root: root)])
        }
        // Each item shows its entry alone: only the edited entries' are rendered again.
        let rendering = changed.map { $0.map(\.after) } ?? entries
        let items = Parallel.map(rendering.count) { [self] index in
            templates.render(theme, "entry-item", item(rendering[index], root: "../"))
        }
        for (entry, html) in zip(rendering, items) { itemHTML[entry.id] = html }
    }

    /// A page made of many entries, or of none.
    enum SharedPage: Hashable {
        case glossary, faq, home, search, notFound
        case kindIndex(String)
    }

    /// Every page of the site, one job each: the pages made of many entries (the glossary, the
    /// FAQ, the indexes) first, biggest first, so that they overlap the entry pages on the other
    /// cores instead of ending the build on one; then one page per entry (`entryPage`). An
    /// incremental rebuild asks for the pages of the entries `only` names and the `shared` pages.
    func pageJobs(only: Set<String>? = nil, shared: Set<SharedPage>? = nil) -> [@Sendable () -> SiteFile] {
        var jobs: [@Sendable () -> SiteFile] = []
        func wanted(_ page: SharedPage) -> Bool { shared?.contains(page) ?? true }
        if kinds.contains(where: { $0.has(.glossary) }) && wanted(.glossary) { jobs.append { self.glossaryPage() } }
        if kinds.contains(where: { $0.has(.questions) }) && wanted(.faq) { jobs.append { self.faqPage() } }
        for kind in kinds where !kind.has(.glossary) && !kind.has(.questions) && wanted(.kindIndex(kind.id)) {
            jobs.append { self.kindIndex(kind) }
        }
        if wanted(.home) { jobs.append { self.homePage() } }
        if wanted(.search) { jobs.append { self.searchPage() } }
        if wanted(.notFound) { jobs.append { self.notFoundPage() } }
        let entries = only.map { only in base.entries.filter { only.contains($0.id) } } ?? base.entries
        jobs += entries.map { entry in { self.entryPage(entry) } }
        return jobs
    }

    // MARK: Markdown

    /// The body of `entry` as HTML for a page at `root`: links to entries made into links to their
    /// pages, glossary terms linked through `session`, headings with anchors when `anchors`.
    func bodyHTML(_ entry: Entry, root: String, session: GlossaryLinker.Session?, anchors: Bool = true,
                  ownPage: Bool = true) -> String {
        let byPath = self.byPath
        let path = entry.path
        let page = entry.page
        /// The address of `anchor` (nil or "" for none) on the page of `linked`.
        @Sendable func address(of linked: Entry, anchor: String?) -> String {
            guard let anchor, !anchor.isEmpty else { return root + linked.page }
            return root + linked.page + "#" + anchor
        }
        let rewrite: @Sendable (String) -> String = { url in
            switch LinkTarget.resolve(url, from: path) {
            case .file(let target, let anchor):
                guard let linked = byPath[target] else { return url }
                return address(of: linked, anchor: anchor)
            case .samePage(let anchor):
                return ownPage ? "#" + anchor : root + page + "#" + anchor
            case .external(let destination):
                return destination
            case .invalid:
                return "#"
            }
        }
        var linkTerms: (@Sendable (String) -> [HTMLTransform.Segment]?)?
        var replaceLink: (@Sendable (String) -> (open: String, close: String)?)?
        if let session {
            linkTerms = { text in session.link(text) }
            // An author's own link to a glossary term gets the term's card, as a mention does.
            replaceLink = { url in
                guard case .file(let target, let anchor) = LinkTarget.resolve(url, from: path),
                      let linked = byPath[target], linked.kind.has(.glossary) else { return nil }
                return session.cardLink(to: linked.id, href: address(of: linked, anchor: anchor))
            }
        }
        let transform = HTMLTransform(rewriteURL: rewrite, linkTerms: linkTerms, replaceLink: replaceLink,
                                      headingAnchors: anchors, rawHTMLAsText: true)
        return MarkdownDocument.renderHTML(entry.body, headingIDs: entry.headings.map(\.anchor), transform: transform)
    }

    // MARK: Values for templates

    /// An entry in a list (related, referenced by, an index), for a page at `root`.
    func item(_ entry: Entry, root: String) -> TemplateValue {
        [
            "id": .text(entry.id),
            "href": .text(root + entry.page),
            "title": .text(entry.title),
            "summary": .text(entry.summary),
            "kind": .text(entry.kind.rawValue),
            "kindName": .text(entry.kind.singularName),
            "figure": entry.figure.map { ["value": .text($0), "measured": .text(or: entry.measured),
                                          "source": .text(entry.sources.isEmpty ? strings.text("sourceNotGiven") : entry.citations),
                                          "sourcesHref": sourcesHref(root: root)] } ?? false,
        ]
    }

    /// The org chart of structure `id` for a page, or false.
    func chart(_ id: String, idPrefix: String = "chart") -> TemplateValue {
        guard let chart = charts[id], let entry = base.entry(id) else { return false }
        let sentence: (OrgChart.Line) -> String = { [strings] line in
            switch line.kind {
            case .reports: return strings.text("reportsTo", ["role": line.from, "boss": line.to])
            case .shared: return strings.text("sharesAccountability", ["role": line.from, "other": line.to])
            }
        }
        return ["svg": .html(chart.svg(id: "\(idPrefix)-\(id)", title: strings.text("orgChartTitle", ["title": entry.title]), sentence: sentence)),
                "lines": .html(chart.linesHTML(sentence: sentence)),
                "hasShared": .flag(!chart.shared.isEmpty)]
    }

    /// The values every page's layout needs.
    func layout(title: String, root: String, pageKind: String, description: String?, breadcrumb: [(href: String, label: String)],
                content: String, assessment: Bool = false) -> TemplateValue {
        [
            "title": .text(title),
            "language": .text(strings.language),
            "siteName": .text(base.site.title),
            "root": .text(root),
            "pageKind": .text(pageKind),
            "isHome": .flag(pageKind == "home"),
            "description": .text(or: description.flatMap { $0.isEmpty ? nil : $0 }),
            "hasBreadcrumb": .flag(pageKind != "home"),
            "breadcrumb": .list(breadcrumb.map { ["href": .text($0.href), "label": .text($0.label)] }),
            "current": .text(title),
            "navigation": .html(navigationHTML[root] ?? theme.render("nav", ["root": .text(root), "nav": navigation(root: root)])),
            "content": .html(content),
            "isAssessment": .flag(assessment),
            "entryCount": .number(base.entries.count),
        ]
    }

    /// The sections of the site, for the navigation of a page at `root`.
    func navigation(root: String) -> TemplateValue {
        .list(kinds.filter(\.inNavigation).map { ["href": .text(root + $0.indexPage), "label": .text($0.pluralName)] })
    }

    /// A whole page: `template` rendered with `values`, inside the layout.
    func page(_ path: String, template: String, values: TemplateValue, title: String, pageKind: String,
              description: String? = nil, breadcrumb: [(href: String, label: String)], assessment: Bool = false,
              root: String? = nil) -> SiteFile {
        let root = root ?? Self.root(of: path)
        var values = values
        values["root"] = .text(root)
        let content = templates.render(theme, template, values)
        var layoutValues = layout(title: title, root: root, pageKind: pageKind, description: description,
                                  breadcrumb: breadcrumb, content: content, assessment: assessment)
        if path == "404.html" && root.isEmpty {
            layoutValues["findsRoot"] = true
            layoutValues["siteFolders"] = .text(Set(kinds.map(\.folder).filter { !$0.isEmpty } + ["assets"]).sorted().joined(separator: " "))
        }
        let html = templates.render(theme, "layout", layoutValues)
        return SiteFile(path: path, text: html)
    }

    /// The way from a page to the site root: `""` at the top, `"../"` one folder down.
    static func root(of path: String) -> String {
        String(repeating: "../", count: path.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) })
    }
}
