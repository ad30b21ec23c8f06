import SeamContent
import SeamMarkdown

/// Typed reads of front-matter values, each reporting what is wrong where it is written.
extension AssessmentReader {
    /// A mapping's fields; a key other than `keys` is an error at the key. A misspelt key (one
    /// close to a known key the mapping lacks) is read as that key after its error, so that it
    /// gives no second error ("missing `prompt`") and nothing that follows from one.
    mutating func mapping(_ value: DataValue, _ what: String, keys: [String]) -> [String: DataValue]? {
        guard let given = value.fields else {
            error("expected \(what) (a mapping such as `id: ...`), found \(value.typeDescription)", at: value.position)
            return nil
        }
        var fields: [String: DataValue] = [:]
        for field in given where keys.contains(field.key) { fields[field.key] = field.value }
        for field in given where !keys.contains(field.key) {
            let absent = keys.filter { fields[$0] == nil }
            if let meant = EditDistance.suggestions(for: field.key, in: absent, count: 1).first {
                error("unknown key `\(field.key)` in \(what): did you mean `\(meant)`?", at: field.keyPosition)
                fields[meant] = field.value
            } else {
                error("unknown key `\(field.key)` in \(what); its keys: \(keys.joined(separator: ", "))", at: field.keyPosition)
            }
        }
        return fields
    }

    /// A required, non-empty text.
    mutating func text(_ value: DataValue?, _ what: String, at position: SourcePosition) -> String? {
        guard let value else {
            error("missing \(what)", at: position)
            return nil
        }
        guard let text = value.text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
            error("\(what) must be a non-empty text, not \(value.typeDescription)", at: value.position)
            return nil
        }
        return text
    }

    mutating func optionalText(_ value: DataValue?, _ what: String) -> String? {
        guard let value else { return nil }
        return text(value, what, at: value.position)
    }

    /// A required id: lowercase letters, digits and hyphens.
    mutating func identifier(_ value: DataValue?, _ what: String, at position: SourcePosition) -> String? {
        guard let id = text(value, "`id` of a \(what)", at: position) else { return nil }
        guard Schema.isValidID(id) else {
            error("`\(id)` is not a valid id for a \(what): use lowercase letters, digits and single hyphens", at: value!.position)
            return nil
        }
        return id
    }

    /// The items of a list (a missing optional list is empty).
    mutating func list(_ value: DataValue?, _ what: String, at position: SourcePosition, required: Bool) -> [DataValue] {
        guard let value else {
            if required { error("missing \(what)", at: position) }
            return []
        }
        guard let items = value.items else {
            error("\(what) must be a list (`- ...` items), not \(value.typeDescription)", at: value.position)
            return []
        }
        if required && items.isEmpty { error("\(what) is empty", at: value.position) }
        return items
    }

    /// A text or a list of texts.
    mutating func textList(_ value: DataValue, _ what: String) -> [String] {
        if let single = value.text { return [single] }
        guard let items = value.items else {
            error("\(what) must be a list of texts, not \(value.typeDescription)", at: value.position)
            return []
        }
        return items.compactMap { item in
            guard let text = item.text, !text.isEmpty else {
                error("every item of \(what) must be a text, not \(item.typeDescription)", at: item.position)
                return nil
            }
            return text
        }
    }

    /// Reports ids given twice, at the second one.
    mutating func unique(_ ids: [String], _ values: [DataValue], _ what: String) {
        var seen = Set<String>()
        for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
            let position = index < values.count ? (values[index]["id"]?.position ?? values[index].position) : entry.position(of: "questions")
            error("\(what) id `\(id)` is used twice: ids must be unique", at: position)
        }
    }

    func names(_ ids: [String]) -> String { ids.isEmpty ? "(none)" : ids.joined(separator: ", ") }

    // MARK: Entries

    /// An entry reference: `id`, `id#anchor`, or a relative link `../factors/id.md#anchor`.
    mutating func entryRef(_ value: DataValue?, _ what: String, at position: SourcePosition) -> EntryRef? {
        guard let written = text(value, what, at: position) else { return nil }
        let at = value!.position
        var id = written, anchor: String?
        if written.contains("/") || written.contains(".md") {
            switch LinkTarget.resolve(written, from: entry.path) {
            case .file(let path, let pathAnchor):
                guard let target = base.entries.first(where: { $0.path == path }) else {
                    error("\(what) `\(written)` is not an entry of this knowledge base", at: at)
                    return nil
                }
                id = target.id
                anchor = pathAnchor
            case .invalid(let reason):
                error("\(what): \(reason)", at: at)
                return nil
            default:
                error("\(what) must name an entry (`an-entry-id` or `an-entry-id#a-heading`), not `\(written)`", at: at)
                return nil
            }
        } else if let hash = written.firstIndex(of: "#") {
            id = String(written[..<hash])
            anchor = String(written[written.index(after: hash)...])
        }
        if anchor?.isEmpty == true { anchor = nil }
        guard let target = base.entry(id) else {
            let close = EditDistance.suggestions(for: id, in: base.entries.map(\.id))
            error("\(what) names `\(id)`, which is not an entry\(close.isEmpty ? "" : "; did you mean \(close.map { "`\($0)`" }.joined(separator: ", "))?")", at: at)
            return nil
        }
        var sections: [String: String] = references[id]?.sections ?? [:]
        if let anchor {
            guard let heading = target.headings.first(where: { $0.anchor == anchor }) else {
                let anchors = target.headings.map(\.anchor)
                let close = EditDistance.suggestions(for: anchor, in: anchors)
                let hint = !close.isEmpty ? "did you mean \(close.map { "`#\($0)`" }.joined(separator: ", "))?"
                    : anchors.isEmpty ? "it has no headings" : "its anchors: \(anchors.prefix(8).map { "`#\($0)`" }.joined(separator: ", "))"
                error("`\(target.path)` has no heading with anchor `#\(anchor)`; \(hint)", at: at)
                return nil
            }
            sections[anchor] = heading.text
        }
        remember(target, sections: sections)
        return EntryRef(id: id, anchor: anchor)
    }

    /// A list of entry ids of the kinds that opt into `behavior` (figures, glossary terms).
    mutating func refList(_ value: DataValue?, _ what: String, behavior: Kind.Behavior, at position: SourcePosition) -> [String] {
        guard let value else { return [] }
        var ids: [String] = []
        for item in value.items ?? [value] {
            guard let ref = entryRef(item, "an item of \(what)", at: item.position) else { continue }
            if let target = base.entry(ref.id), !target.kind.has(behavior) {
                let kinds = base.schema.kinds(with: behavior).map(\.id)
                error("\(what) lists `\(ref.id)`, a \(target.kind.id): list entries of \(kinds.isEmpty ? "a kind with the `\(behavior.rawValue)` behavior" : kinds.map { "`\($0)`" }.joined(separator: " or ")) only", at: item.position)
                continue
            }
            ids.append(ref.id)
        }
        return ids
    }

    mutating func remember(_ target: Entry, sections: [String: String]) {
        references[target.id] = Reference(
            id: target.id, kind: target.kind.rawValue, title: target.title, summary: target.summary,
            page: target.page, sections: sections,
            figure: target.figure, measured: target.measured,
            sources: target.kind.has(.sourcedFigure) ? target.sources : nil)
    }
}
