/// A field of an entry's own kind as a reader sees it: the fields a kind declares in `schema.yml`
/// beyond those Seam shows itself (an `id` field is shown as a reference, `sources` as the sources,
/// a behavior's data by the behavior). Shown on the entry's page and by `seam show`.
public struct EntryDetail: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case text(String)
        case texts([String])
        /// The ids of the entries named, in the order written (only those that exist).
        case entries([String])
        case number(Int)
        case flag(Bool)
    }

    /// The field's name in the front matter.
    public var field: String
    /// The words shown before the value: the field's `label`, else its name.
    public var label: String
    public var value: Value
}

extension KnowledgeBase {
    /// The fields of `entry`'s kind that it fills and that nothing else shows, in the schema's order.
    public func details(of entry: Entry) -> [EntryDetail] {
        let shownByBehavior = Set(entry.kind.behaviors.flatMap { Schema.fields(of: $0).map(\.name) })
        return entry.kind.fields.compactMap { field in
            guard !shownByBehavior.contains(field.name), let data = entry.frontMatter?[field.name] else { return nil }
            let value: EntryDetail.Value
            switch field.type {
            case .text:
                guard let text = data.text?.trimmed, !text.isEmpty else { return nil }
                value = .text(text)
            case .textList:
                let texts = (data.items ?? []).compactMap { $0.text?.trimmed }.filter { !$0.isEmpty }
                guard !texts.isEmpty else { return nil }
                value = .texts(texts)
            case .idList:
                let ids = (data.items ?? []).compactMap { $0.text?.trimmed }.filter { self.entry($0) != nil }
                guard !ids.isEmpty else { return nil }
                value = .entries(ids)
            case .number:
                guard let number = data.text.flatMap({ Int($0.trimmed) }) else { return nil }
                value = .number(number)
            case .flag:
                guard let text = data.text?.trimmed, text == "true" || text == "false" else { return nil }
                value = .flag(text == "true")
            case .id, .sources, .structured:
                return nil
            }
            return EntryDetail(field: field.name, label: field.label ?? field.name, value: value)
        }
    }
}
