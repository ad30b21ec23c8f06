import SeamAssess
import SeamContent

extension SiteContext {
    /// `assessments/ID.html`: the introduction, a questionnaire readable without JavaScript, every
    /// outcome explained, the definition for `assess-engine.js`, and the org chart of each structure
    /// an outcome can recommend in a `<template>`.
    func assessmentPage(_ entry: Entry, _ assessment: Assessment) -> SiteFile {
        let root = "../"
        func href(_ ref: EntryRef) -> String {
            let page = assessment.references[ref.id]?.page ?? base.entry(ref.id)?.page ?? ""
            return root + page + (ref.anchor.map { "#" + $0 } ?? "")
        }
        func title(_ ref: EntryRef) -> String {
            if let anchor = ref.anchor, let section = assessment.references[ref.id]?.sections[anchor] { return section }
            return assessment.references[ref.id]?.title ?? base.entry(ref.id)?.title ?? ref.id
        }
        var groupSeen = Set<String>()
        let questions: [TemplateValue] = assessment.questions.map { question in
            var groupTitle: TemplateValue = false
            if let group = question.group, groupSeen.insert(group).inserted,
               let found = assessment.groups.first(where: { $0.id == group }) {
                groupTitle = .text(found.title)
            }
            return [
                "id": .text(question.id),
                "prompt": .text(question.prompt),
                "help": .text(question.explanation),
                "entryHref": .text(href(question.entry)),
                "entryTitle": .text(title(question.entry)),
                "groupTitle": groupTitle,
                // What an option counts as shows in the result, not before the reader picks.
                "options": .list(question.options.map { option -> TemplateValue in
                    ["id": .text(option.id), "question": .text(question.id), "label": .text(option.label)]
                }),
            ]
        }
        let outcomes: [TemplateValue] = assessment.outcomes.map { outcome in
            [
                "id": .text(outcome.id), "title": .text(outcome.title), "summary": .text(outcome.summary),
                "explanation": .text(or: outcome.explanation), "href": .text(href(outcome.entry)), "entryTitle": .text(title(outcome.entry)),
            ]
        }
        var structures: [String] = []
        for recommendation in assessment.recommendations where charts[recommendation.entry.id] != nil {
            if !structures.contains(recommendation.entry.id) { structures.append(recommendation.entry.id) }
        }
        let templates: [TemplateValue] = structures.map { id in
            var value = chart(id, idPrefix: "result-chart")
            if case .flag = value { value = [:] }
            value["id"] = .text(id)
            return value
        }
        let session = linker.session(root: root, excluding: entry.id)
        let values: TemplateValue = [
            "id": .text(assessment.id),
            "title": .text(assessment.title),
            "summary": .text(assessment.summary),
            "kindName": .text(entry.kind.singularName),
            "kindIndex": .text(root + entry.kind.indexPage),
            "introduction": .html(bodyHTML(entry, root: root, session: session)),
            "questions": .list(questions),
            "outcomes": .list(outcomes),
            "templates": .list(templates),
            "definition": .html(Self.scriptSafeJSON(assessment.siteJSON())),
            "sourcesHref": sourcesHref(root: ""),
        ]
        return page(entry.page, template: "assessment", values: values, title: assessment.title, pageKind: "assessment",
                    description: assessment.summary,
                    breadcrumb: [(root + "index.html", strings.text("home")), (root + entry.kind.indexPage, entry.kind.pluralName)],
                    assessment: true)
    }

    /// JSON that can sit in a `<script>` element: every `<` written as `\u003c` (only possible
    /// inside strings, where it means the same), so no text can close the element.
    static func scriptSafeJSON(_ json: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(json.utf8.count)
        for byte in json.utf8 {
            if byte == UInt8(ascii: "<") {
                bytes.append(contentsOf: Array("\\u003c".utf8))
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
