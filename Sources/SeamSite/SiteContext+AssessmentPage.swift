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
        let questions: [[String: Any]] = assessment.questions.map { question in
            var groupTitle: Any = false
            if let group = question.group, groupSeen.insert(group).inserted,
               let found = assessment.groups.first(where: { $0.id == group }) {
                groupTitle = found.title
            }
            return [
                "id": question.id,
                "prompt": question.prompt,
                "help": question.explanation,
                "entryHref": href(question.entry),
                "entryTitle": title(question.entry),
                "groupTitle": groupTitle,
                "options": question.options.map { option -> [String: Any] in
                    var note = ""
                    if let rating = option.rating { note = assessment.rating(rating)?.label ?? rating }
                    if let score = option.score { note = "scores \(score)" }
                    return ["id": option.id, "question": question.id, "label": option.label, "note": note.isEmpty ? false : note as Any]
                },
            ]
        }
        let outcomes: [[String: Any]] = assessment.outcomes.map { outcome in
            [
                "id": outcome.id, "title": outcome.title, "summary": outcome.summary,
                "explanation": outcome.explanation ?? false, "href": href(outcome.entry), "entryTitle": title(outcome.entry),
            ]
        }
        var structures: [String] = []
        for recommendation in assessment.recommendations where charts[recommendation.entry.id] != nil {
            if !structures.contains(recommendation.entry.id) { structures.append(recommendation.entry.id) }
        }
        let templates: [[String: Any]] = structures.map { id in
            var value = (chart(id, idPrefix: "result-chart") as? [String: Any]) ?? [:]
            value["id"] = id
            return value
        }
        let session = linker.session(root: root, excluding: entry.id)
        let values: [String: Any] = [
            "id": assessment.id,
            "title": assessment.title,
            "summary": assessment.summary,
            "introduction": bodyHTML(entry, root: root, session: session),
            "questions": questions,
            "outcomes": outcomes,
            "templates": templates,
            "definition": Self.scriptSafeJSON(assessment.siteJSON()),
        ]
        return page(entry.page, template: "assessment", values: values, title: assessment.title, pageKind: "assessment",
                    description: assessment.summary,
                    breadcrumb: [(root + "index.html", "Home"), (root + Kind.assessment.indexPage, Kind.assessment.pluralName)],
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
