import Foundation
import SeamCharts
import SeamContent

extension SiteContext {
    /// `folder/index.html` for every kind but terms and questions (the glossary and the FAQ page):
    /// each entry with its summary; facts with their figure and source; structures with their charts.
    func kindIndex(_ kind: Kind) -> SiteFile {
        let root = "../"
        let entries = base.entries(of: kind)
        // Side by side the charts share one scale: each is as wide, as a share of its card, as it
        // is next to the widest chart, so a box is the same size in every chart.
        let widths = kind != .structure ? [:] : charts.mapValues { OrgChartLayout($0).width }
        let widest = widths.values.max() ?? 1
        let items: [[String: Any]] = kind != .structure ? [] : entries.map { entry in
            var value = item(entry, root: root)
            if var chart = chart(entry.id, idPrefix: "index-chart") as? [String: Any], let width = widths[entry.id] {
                chart["scale"] = String(format: "%.1f%%", width / widest * 100)
                value["chart"] = chart
            } else {
                value["chart"] = false
            }
            return value
        }
        let values: [String: Any] = [
            "title": kind.pluralName,
            "kind": kind.rawValue,
            "count": entries.count,
            "items": items,
            "itemHTML": entries.compactMap { itemHTML[$0.id] }.joined(separator: "\n"),
            "isStructures": kind == .structure,
            "isFacts": kind == .fact,
        ]
        return page(kind.indexPage, template: "kind-index", values: values, title: kind.pluralName, pageKind: "index",
                    description: nil, breadcrumb: [(root + "index.html", "Home")])
    }

    /// `glossary.html`: the terms A to Z with their definitions, and every alias pointing to its term.
    func glossaryPage() -> SiteFile {
        let root = ""
        struct Row { var sortKey: String; var tieBreak: String; var letter: String; var value: [String: Any] }
        var rows: [Row] = []
        func letter(of name: String) -> String {
            let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).uppercased()
            guard let first = folded.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return "#" }
            return String(first)
        }
        for term in base.entries(of: .term) {
            rows.append(Row(sortKey: term.title.lowercased(), tieBreak: term.id, letter: letter(of: term.title), value: [
                "isTerm": true, "id": term.id, "href": root + term.page, "title": term.title, "definition": term.summary,
                "aliases": term.aliases, "hasAliases": !term.aliases.isEmpty,
            ]))
            for alias in term.aliases {
                rows.append(Row(sortKey: alias.lowercased(), tieBreak: "~" + alias + "~" + term.id, letter: letter(of: alias), value: [
                    "isTerm": false, "alias": alias, "termID": term.id, "termTitle": term.title,
                ]))
            }
        }
        rows.sort { ($0.sortKey, $0.tieBreak) < ($1.sortKey, $1.tieBreak) }
        let letters = ["#"] + (65...90).map { String(UnicodeScalar(UInt8($0))) }
        var groups: [[String: Any]] = []
        var present = Set<String>()
        let byLetter = Dictionary(grouping: rows, by: \.letter)
        for letter in letters {
            let inLetter = byLetter[letter] ?? []
            guard !inLetter.isEmpty else { continue }
            present.insert(letter)
            groups.append(["letter": letter, "anchor": letter == "#" ? "letter-other" : "letter-\(letter.lowercased())",
                           "rows": inLetter.map(\.value)])
        }
        let navigation: [[String: Any]] = letters.map { letter in
            ["letter": letter, "anchor": letter == "#" ? "letter-other" : "letter-\(letter.lowercased())", "present": present.contains(letter)]
        }
        let values: [String: Any] = ["title": "Glossary", "letters": navigation, "groups": groups,
                                     "count": base.entries(of: .term).count]
        return page("glossary.html", template: "glossary", values: values, title: "Glossary", pageKind: "glossary",
                    description: "Every term of the knowledge base, A to Z, with its short definition.",
                    breadcrumb: [(root + "index.html", "Home")])
    }

    /// `faq.html`: every question with its answer, each under an anchor named after its id.
    func faqPage() -> SiteFile {
        let root = ""
        let questions: [[String: Any]] = base.entries(of: .faq).enumerated().map { number, entry in
            let session = linker.session(root: root, idPrefix: "term-\(number + 1)-")
            return [
                "id": entry.id, "title": entry.title, "summary": entry.summary, "href": root + entry.page,
                "answer": bodyHTML(entry, root: root, session: session, anchors: false, ownPage: false),
            ]
        }
        let values: [String: Any] = ["title": "Questions", "questions": questions]
        return page("faq.html", template: "faq", values: values, title: "Questions", pageKind: "faq",
                    description: "The questions the knowledge base answers, each with its answer.",
                    breadcrumb: [(root + "index.html", "Home")])
    }

    /// `index.html`: what this is, the frameworks to start with, the assessments, search and the indexes.
    func homePage() -> SiteFile {
        let root = ""
        let frameworks = base.entries(of: .framework).map { item($0, root: root) }
        let assessments = base.entries(of: .assessment).map { item($0, root: root) }
        let sections: [[String: Any]] = kinds.map { kind in
            ["href": root + kind.indexPage, "label": kind.pluralName, "count": base.entries(of: kind).count]
        }
        let values: [String: Any] = [
            "title": options.siteName,
            "description": options.siteDescription.map { $0 as Any } ?? false,
            "entryCount": base.entries.count,
            "termCount": base.entries(of: .term).count,
            "frameworks": frameworks, "hasFrameworks": !frameworks.isEmpty,
            "assessments": assessments, "hasAssessments": !assessments.isEmpty,
            "sections": sections,
        ]
        return page("index.html", template: "home", values: values, title: options.siteName, pageKind: "home",
                    description: options.siteDescription ?? "An explainer knowledge base: frameworks, structures, a glossary, questions and assessments.",
                    breadcrumb: [])
    }

    /// `search.html`: the results page of the search form (filled in by `seam.js`).
    func searchPage() -> SiteFile {
        let root = ""
        let values: [String: Any] = [
            "title": "Search",
            "kinds": kinds.map(\.rawValue).joined(separator: " "),
            "kindOptions": kinds.map { ["value": $0.rawValue, "label": $0.pluralName] },
            "sections": kinds.map { ["href": root + $0.indexPage, "label": $0.pluralName] },
        ]
        return page("search.html", template: "search", values: values, title: "Search", pageKind: "search",
                    description: nil, breadcrumb: [(root + "index.html", "Home")])
    }

    /// `404.html`: for servers that show it for a missing page.
    func notFoundPage() -> SiteFile {
        let root = ""
        let values: [String: Any] = [
            "title": "Page not found",
            "sections": kinds.map { ["href": root + $0.indexPage, "label": $0.pluralName] },
        ]
        return page("404.html", template: "not-found", values: values, title: "Page not found", pageKind: "not-found",
                    description: nil, breadcrumb: [(root + "index.html", "Home")])
    }
}
