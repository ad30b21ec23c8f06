import Foundation
import SeamCharts
import SeamContent

extension SiteContext {
    /// `folder/index.html` for every kind but terms and questions (the glossary and the FAQ page):
    /// each entry with its summary; facts with their figure and source; structures with their charts.
    func kindIndex(_ kind: Kind) -> SiteFile {
        let root = "../"
        let entries = base.entries(of: kind)
        // The charts are drawn at their natural size, so a box is the same size in every chart;
        // where one does not fit, the page shows its reporting lines in words instead (seam.js).
        let charted = kind.has(.orgChart)
        let items: [TemplateValue] = !charted ? [] : entries.map { entry in
            var value = item(entry, root: root)
            value["chart"] = chart(entry.id, idPrefix: "index-chart")
            return value
        }
        let anyShared = charted && entries.contains { !(charts[$0.id]?.shared.isEmpty ?? true) }
        let values: TemplateValue = [
            "title": .text(kind.pluralName),
            "kind": .text(kind.rawValue),
            "count": .number(entries.count),
            "items": .list(items),
            "itemHTML": .html(entries.compactMap { itemHTML[$0.id] }.joined(separator: "\n")),
            "isStructures": .flag(charted),
            "anyShared": .flag(anyShared),
            "isFacts": .flag(kind.has(.sourcedFigure)),
        ]
        return page(kind.indexPage, template: "kind-index", values: values, title: kind.pluralName, pageKind: "index",
                    description: nil, breadcrumb: [(root + "index.html", strings.text("home"))])
    }

    /// `glossary.html`: the terms A to Z with their definitions, and every alias pointing to its term.
    func glossaryPage() -> SiteFile {
        let root = ""
        let glossary = base.entries(with: .glossary)
        let title = base.schema.kinds(with: .glossary).first?.pluralName ?? strings.text("glossaryTitle")
        struct Row { var sortKey: String; var tieBreak: String; var letter: String; var value: TemplateValue }
        var rows: [Row] = []
        func letter(of name: String) -> String {
            let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).uppercased()
            guard let first = folded.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return "#" }
            return String(first)
        }
        for term in glossary {
            rows.append(Row(sortKey: term.title.lowercased(), tieBreak: term.id, letter: letter(of: term.title), value: [
                "isTerm": true, "id": .text(term.id), "href": .text(root + term.page), "title": .text(term.title),
                "definition": .text(term.summary), "aliases": .texts(term.aliases), "hasAliases": .flag(!term.aliases.isEmpty),
            ]))
            for alias in term.aliases {
                rows.append(Row(sortKey: alias.lowercased(), tieBreak: "~" + alias + "~" + term.id, letter: letter(of: alias), value: [
                    "isTerm": false, "alias": .text(alias), "termID": .text(term.id), "termTitle": .text(term.title),
                ]))
            }
        }
        rows.sort { ($0.sortKey, $0.tieBreak) < ($1.sortKey, $1.tieBreak) }
        func anchor(of letter: String) -> String { letter == "#" ? "letter-other" : "letter-" + letter.lowercased() }
        let letters = ["#"] + (65...90).map { String(UnicodeScalar(UInt8($0))) }
        var groups: [TemplateValue] = []
        var present = Set<String>()
        let byLetter = Dictionary(grouping: rows, by: \.letter)
        for letter in letters {
            let inLetter = byLetter[letter] ?? []
            guard !inLetter.isEmpty else { continue }
            present.insert(letter)
            // Each row through the compiled `glossary-row`: Mustache alone takes ~13k instructions a
            // variable, and the glossary has thousands of rows.
            let rowsHTML = inLetter.map { templates.render(theme, "glossary-row", $0.value) }.joined()
            groups.append(["letter": .text(letter), "anchor": .text(anchor(of: letter)),
                           "rows": .html(rowsHTML)])
        }
        let navigation: [TemplateValue] = letters.map { letter in
            ["letter": .text(letter), "anchor": .text(anchor(of: letter)),
             "present": .flag(present.contains(letter))]
        }
        let values: TemplateValue = ["title": .text(title), "letters": .list(navigation), "groups": .list(groups),
                                     "count": .number(glossary.count)]
        return page("glossary.html", template: "glossary", values: values, title: title, pageKind: "glossary",
                    description: strings.text("glossaryDescription"),
                    breadcrumb: [(root + "index.html", strings.text("home"))])
    }

    /// `faq.html`: every question with its answer, each under an anchor named after its id.
    func faqPage() -> SiteFile {
        let root = ""
        let title = base.schema.kinds(with: .questions).first?.pluralName ?? strings.text("questionsTitle")
        let questions: [TemplateValue] = base.entries(with: .questions).inReadingOrder.enumerated().map { number, entry in
            let session = linker.session(root: root, idPrefix: "term-\(number + 1)-")
            return [
                "id": .text(entry.id), "title": .text(entry.title), "summary": .text(entry.summary), "href": .text(root + entry.page),
                "answer": .html(bodyHTML(entry, root: root, session: session, anchors: false, ownPage: false)),
            ]
        }
        let values: TemplateValue = ["title": .text(title), "questions": .list(questions)]
        return page("faq.html", template: "faq", values: values, title: title, pageKind: "faq",
                    description: strings.text("questionsDescription"),
                    breadcrumb: [(root + "index.html", strings.text("home"))])
    }

    /// `index.html`: what this is, the frameworks to start with, the assessments, search and the indexes.
    func homePage() -> SiteFile {
        let root = ""
        // The kinds the schema puts on the home page (`home: true`): assessments to take, the
        // others to start with.
        let featured = kinds.filter(\.onHome)
        let frameworks = homeCards(featured.filter { !$0.has(.assessment) }, root: root)
        let assessments = homeCards(featured.filter { $0.has(.assessment) }, root: root)
        let sections: [TemplateValue] = kinds.map { kind in
            ["href": .text(root + kind.indexPage), "label": .text(kind.pluralName), "count": .number(base.entries(of: kind).count)]
        }
        // The header already names the site: the page's heading is the description's first
        // sentence (the rest follows it), or the site's name when there is no description.
        let description = base.site.description ?? ""
        let firstSentence = description.range(of: ". ").map { String(description[..<$0.lowerBound]) + "." } ?? description
        let rest = String(description.dropFirst(firstSentence.count)).trimmingCharacters(in: .whitespaces)
        let values: TemplateValue = [
            "title": .text(base.site.title),
            "heading": .text(firstSentence.isEmpty ? base.site.title : firstSentence),
            "description": .text(or: rest.isEmpty ? nil : rest),
            "entryCount": .number(base.entries.count),
            "termCount": .number(base.entries(with: .glossary).count),
            "hasFigures": .flag(!base.entries(with: .sourcedFigure).isEmpty),
            "frameworks": .list(frameworks.cards), "hasFrameworks": .flag(!frameworks.cards.isEmpty),
            "moreFrameworks": .list(frameworks.more),
            "assessments": .list(assessments.cards), "hasAssessments": .flag(!assessments.cards.isEmpty),
            "moreAssessments": .list(assessments.more),
            "sections": .list(sections),
        ]
        return page("index.html", template: "home", values: values, title: base.site.title, pageKind: "home",
                    description: base.site.description ?? strings.text("siteDescription"),
                    breadcrumb: [])
    }

    /// Cards the home page shows of one kind, at most: the rest are a link to the kind's index
    /// (a big knowledge base's home page stays a page to start from, not a catalogue).
    static let homeCardsPerKind = 12

    /// The home page's cards of `kinds`, the first `homeCardsPerKind` of each in reading order,
    /// and for each kind with more, its index (`href`), its number of entries (`count`) and its
    /// plural name (`kinds`).
    func homeCards(_ kinds: [Kind], root: String) -> (cards: [TemplateValue], more: [TemplateValue]) {
        var cards: [TemplateValue] = [], more: [TemplateValue] = []
        for kind in kinds {
            let entries = base.entries(of: kind)
            cards += entries.firstInReadingOrder(Self.homeCardsPerKind).map { item($0, root: root) }
            if entries.count > Self.homeCardsPerKind {
                more.append(["href": .text(root + kind.indexPage), "count": .number(entries.count), "kinds": .text(kind.pluralName)])
            }
        }
        return (cards, more)
    }

    /// `search.html`: the results page of the search form (filled in by `seam.js`).
    func searchPage() -> SiteFile {
        let root = ""
        let values: TemplateValue = [
            "title": .text(strings.text("searchTitle")),
            "kinds": .text(kinds.map(\.rawValue).joined(separator: " ")),
            "kindOptions": .list(kinds.map { ["value": .text($0.rawValue), "label": .text($0.pluralName)] }),
            "sections": .list(kinds.map { ["href": .text(root + $0.indexPage), "label": .text($0.pluralName)] }),
        ]
        return page("search.html", template: "search", values: values, title: strings.text("searchTitle"), pageKind: "search",
                    description: nil, breadcrumb: [(root + "index.html", strings.text("home"))])
    }

    /// `404.html`: for servers that show it for a missing page.
    /// Hosts show it for any missing path, so its links cannot be relative to where it was written.
    /// With `--base-url` they are absolute. Without it the layout gets `siteFolders` (the site's
    /// top folders) for a small script that finds the site root in the address: the part before
    /// the first of those folders, else the folder of the address (`<base href="/">` without
    /// JavaScript).
    func notFoundPage() -> SiteFile {
        let root = options.baseURL.flatMap { $0.isEmpty ? nil : ($0.hasSuffix("/") ? $0 : $0 + "/") } ?? ""
        let values: TemplateValue = [
            "title": .text(strings.text("notFoundTitle")),
            "sections": .list(kinds.map { ["href": .text(root + $0.indexPage), "label": .text($0.pluralName)] }),
        ]
        return page("404.html", template: "not-found", values: values, title: strings.text("notFoundTitle"), pageKind: "not-found",
                    description: nil, breadcrumb: [(root + "index.html", strings.text("home"))], root: root)
    }
}
