import Foundation
import SeamMarkdown

/// Reads one entry file's text into an `Entry`, gathering every problem as a diagnostic.
struct EntryReader {
    /// Path shown in diagnostics.
    var displayPath: String
    /// Path relative to the content root.
    var relativePath: String
    var id: String
    var kind: Kind
    var schema: Schema
    var diagnostics: [Diagnostic] = []

    init(displayPath: String, relativePath: String, id: String, kind: Kind, schema: Schema) {
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.id = id
        self.kind = kind
        self.schema = schema
    }

    mutating func error(_ message: String, at position: SourcePosition) {
        diagnostics.append(Diagnostic(path: displayPath, line: position.line, column: position.column, message: message))
    }

    mutating func warning(_ message: String, at position: SourcePosition) {
        diagnostics.append(Diagnostic(path: displayPath, line: position.line, column: position.column,
                                      severity: .warning, message: message))
    }

    /// Parses `text` (valid UTF-8, line endings normalized). Returns nil when the front matter
    /// cannot be read at all.
    mutating func read(_ contents: String) -> Entry? {
        let start = SourcePosition(line: 1, column: 1)
        for position in Placeholder.positions(in: contents) {
            error(Placeholder.message, at: position)
        }
        let frontMatter: FrontMatter
        switch FrontMatter.split(contents) {
        case .success(let split): frontMatter = split
        case .failure(.missing):
            error("no front matter: start the file with a line `---`, the fields (`title:`, `summary:`), then `---`", at: start)
            return nil
        case .failure(.unclosed):
            error("front matter opened here is never closed: add a line `---` after the last field", at: start)
            return nil
        }

        let offset = frontMatter.yamlLine - 1
        let data: DataValue
        switch YAMLText.read(frontMatter.yaml, lineOffset: offset) {
        case .failure(let problem):
            // "front matter is not valid YAML: ...", "front matter: a tab in the indentation ...".
            let joined = problem.message.hasPrefix("not ") || problem.message.hasPrefix("nested") ? " is " : ": "
            error("front matter" + joined + problem.message, at: problem.position)
            return nil
        case .success(let value):
            data = value ?? .null(start)
        }
        guard let written = data.fields else {
            error("front matter must be a mapping of fields (`title: ...`), not \(data.typeDescription)", at: start)
            return nil
        }
        var fieldPositions: [String: SourcePosition] = [:]
        var values: [String: DataValue] = [:]
        let fields = schema.fields(for: kind)
        for written in written {
            let (name, value, keyPosition) = (written.key, written.value, written.keyPosition)
            fieldPositions[name] = keyPosition
            guard let field = fields.first(where: { $0.name == name }) else {
                let known = fields.map(\.name)
                let close = EditDistance.suggestions(for: name, in: known, count: 1)
                let hint = close.first.map { "did you mean `\($0)`? " } ?? ""
                error("unknown field `\(name)` for a \(kind.singularName.lowercased()): \(hint)the fields are \(known.map { "`\($0)`" }.joined(separator: ", "))",
                      at: keyPosition)
                continue
            }
            values[name] = value
        }

        for field in fields where field.required && values[field.name] == nil {
            error("missing required field `\(field.name)` for a \(kind.singularName.lowercased()): add it (\(field.type.description))", at: start)
        }

        let title = text(values["title"], field: "title") ?? ""
        let summary = text(values["summary"], field: "summary") ?? ""
        let aliases = list(values["aliases"], field: "aliases")
        _ = list(values["asked-as"], field: "asked-as")  // checked here, read by `Entry.askedAs`
        let tags = list(values["tags"], field: "tags")
        let related = list(values["related"], field: "related")
        let sources = self.sources(values["sources"])
        let figure = text(values["figure"], field: "figure")
        let measured = text(values["measured"], field: "measured")
        let draft = flag(values["draft"], field: "draft") ?? false
        let order = number(values["order"], field: "order")
        for field in fields where !Schema.commonFields.contains(field) && field.name != "figure" && field.name != "measured" {
            switch field.type {
            case .text, .id: _ = text(values[field.name], field: field.name)
            case .textList, .idList: _ = list(values[field.name], field: field.name)
            case .flag: _ = flag(values[field.name], field: field.name)
            case .number: _ = number(values[field.name], field: field.name)
            case .sources, .structured: break
            }
        }
        if values["sources"] != nil, sources.isEmpty, fields.contains(where: { $0.name == "sources" && $0.required }) {
            error("a \(kind.singularName.lowercased()) needs at least one source with a `publisher`", at: Entry.position(of: "sources", in: fieldPositions))
        }

        let outline = MarkdownOutline.read(frontMatter.body)
        let lineOffset = frontMatter.bodyLine - 1
        let headings = outline.headings.map { heading in
            var heading = heading
            heading.position.line += lineOffset
            return heading
        }
        let links = outline.links.map { link in
            var link = link
            link.position.line += lineOffset
            return link
        }
        return Entry(id: id, kind: kind, path: relativePath, title: title, summary: summary, aliases: aliases, tags: tags,
                     related: related, sources: sources, figure: figure, measured: measured, draft: draft, order: order,
                     frontMatter: data, body: frontMatter.body, bodyLine: frontMatter.bodyLine, headings: headings,
                     links: links, plainText: outline.plainText, plainTextBlocks: outline.blocks,
                     fieldPositions: fieldPositions)
    }

    private mutating func text(_ value: DataValue?, field: String) -> String? {
        guard let value else { return nil }
        if case .null = value { return "" }
        guard let text = value.text else {
            error("`\(field)` must be a text, not \(value.typeDescription)", at: value.position)
            return nil
        }
        let trimmed = text.trimmed
        if trimmed.isEmpty, schema.field(named: field, for: kind)?.required == true {
            error("`\(field)` is empty: write the \(kind.singularName.lowercased())'s \(field)", at: value.position)
        }
        return trimmed
    }

    private mutating func list(_ value: DataValue?, field: String) -> [String] {
        guard let value else { return [] }
        if case .null = value { return [] }
        if let text = value.text, text.isEmpty { return [] }
        guard let items = value.items else {
            error("`\(field)` must be a list (`\(field): [a, b]`), not \(value.typeDescription)", at: value.position)
            return []
        }
        var values: [String] = []
        for item in items {
            guard let text = item.text, !text.isEmpty else {
                error("every item of `\(field)` must be a non-empty text, not \(item.typeDescription)", at: item.position)
                continue
            }
            values.append(text.trimmed)
        }
        return values
    }

    private mutating func flag(_ value: DataValue?, field: String) -> Bool? {
        guard let value else { return nil }
        switch value.text?.trimmed {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            error("`\(field)` must be true or false, not \(value.text.map { "`\($0)`" } ?? value.typeDescription)", at: value.position)
            return nil
        }
    }

    private mutating func number(_ value: DataValue?, field: String) -> Int? {
        guard let value else { return nil }
        guard let text = value.text, let number = Int(text.trimmed) else {
            error("`\(field)` must be a whole number, not \(value.text.map { "`\($0)`" } ?? value.typeDescription)", at: value.position)
            return nil
        }
        return number
    }

    private mutating func sources(_ value: DataValue?) -> [Source] {
        guard let value else { return [] }
        guard let items = value.items else {
            error("`sources` must be a list of mappings (`- publisher: ...`), not \(value.typeDescription)", at: value.position)
            return []
        }
        var result: [Source] = []
        for item in items {
            let at = item.position
            guard item.fields != nil else {
                error("each source must be a mapping with at least `publisher`, not \(item.typeDescription)", at: at)
                continue
            }
            var fields: [String: String] = [:]
            for written in item.fields ?? [] {
                let (name, field) = (written.key, written.value)
                let known = Schema.sourceFields.map(\.name)
                guard known.contains(name) else {
                    let close = EditDistance.suggestions(for: name, in: known, count: 1)
                    error("unknown source field `\(name)`: \(close.first.map { "did you mean `\($0)`? " } ?? "")the fields are \(known.map { "`\($0)`" }.joined(separator: ", "))",
                          at: written.keyPosition)
                    continue
                }
                guard let text = field.text else {
                    error("source field `\(name)` must be a text, not \(field.typeDescription)", at: field.position)
                    continue
                }
                fields[name] = text.trimmed
            }
            guard let publisher = fields["publisher"], !publisher.isEmpty else {
                error("a source needs a `publisher`: who published the figure (the work that cites it if it names no original)", at: at)
                continue
            }
            var year: Int?
            if let text = fields["year"] {
                year = Int(text)
                if year == nil { error("source `year` must be a number such as 2024, not `\(text)`", at: at) }
            }
            result.append(Source(publisher: publisher, title: fields["title"], year: year,
                                 citedIn: fields["cited_in"], note: fields["note"]))
        }
        return result
    }
}
