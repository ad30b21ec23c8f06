import Foundation
import SeamMarkdown
import Yams

/// Reads one entry file's text into an `Entry`, gathering every problem as a diagnostic.
struct EntryReader {
    /// Path shown in diagnostics.
    var displayPath: String
    /// Path relative to the content root.
    var relativePath: String
    var id: String
    var kind: Kind
    var diagnostics: [Diagnostic] = []

    init(displayPath: String, relativePath: String, id: String, kind: Kind) {
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.id = id
        self.kind = kind
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
        let node: Yams.Node?
        do {
            // The basic resolver: every scalar stays text (no regex tag guessing), the encoding fixed.
            node = try Yams.compose(yaml: frontMatter.yaml, .basic, .default, .utf8)
        } catch let yamlError as YamlError {
            let (message, mark) = Self.describe(yamlError)
            error("front matter is not valid YAML: \(message)",
                  at: SourcePosition(line: (mark?.line ?? 1) + offset, column: mark?.column ?? 1))
            return nil
        } catch {
            self.error("front matter could not be read: \(error)", at: start)
            return nil
        }
        guard let mapping = node?.mapping else {
            error("front matter must be a mapping of fields (`title: ...`), not \(Self.describe(node))", at: start)
            return nil
        }

        guard let data = DataValue.from(node ?? .scalar(.init("")), lineOffset: offset) else {
            error("front matter is nested more than \(DataValue.maximumDepth) levels deep", at: start)
            return nil
        }
        var fieldPositions: [String: SourcePosition] = [:]
        var values: [String: Yams.Node] = [:]
        for (key, value) in mapping {
            let keyPosition = position(key.mark, offset)
            guard let name = key.scalar?.string else {
                error("field names must be plain text", at: keyPosition)
                continue
            }
            fieldPositions[name] = keyPosition
            guard let field = Schema.field(named: name) else {
                let known = Schema.fields.filter { $0.allowedIn?.contains(kind) ?? true }.map(\.name)
                warning("unknown field `\(name)` (known fields for a \(kind.rawValue): \(known.joined(separator: ", ")))", at: keyPosition)
                continue
            }
            if let allowed = field.allowedIn, !allowed.contains(kind) {
                warning("field `\(name)` is only read for \(allowed.map(\.rawValue).sorted().joined(separator: ", ")) entries", at: keyPosition)
                continue
            }
            values[name] = value
        }

        for field in Schema.fields where field.requiredBy.contains(kind) && values[field.name] == nil {
            error("missing required field `\(field.name)` for a \(kind.rawValue): add it (\(field.type.description))", at: start)
        }

        let title = text(values["title"], field: "title", offset: offset) ?? ""
        let summary = text(values["summary"], field: "summary", offset: offset) ?? ""
        let aliases = list(values["aliases"], field: "aliases", offset: offset)
        let tags = list(values["tags"], field: "tags", offset: offset)
        let related = list(values["related"], field: "related", offset: offset)
        let figure = text(values["figure"], field: "figure", offset: offset)
        let measured = text(values["measured"], field: "measured", offset: offset)
        let framework = text(values["framework"], field: "framework", offset: offset)
        let sources = self.sources(values["sources"], offset: offset)
        if kind == .fact, values["sources"] != nil, sources.isEmpty {
            error("a fact needs at least one source with a `publisher`", at: Entry.position(of: "sources", in: fieldPositions))
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
                     related: related, sources: sources, figure: figure, measured: measured, framework: framework,
                     frontMatter: data, body: frontMatter.body, bodyLine: frontMatter.bodyLine, headings: headings,
                     links: links, plainText: outline.plainText, fieldPositions: fieldPositions)
    }

    private func position(_ mark: Mark?, _ offset: Int) -> SourcePosition {
        SourcePosition(line: (mark?.line ?? 1) + offset, column: mark?.column ?? 1)
    }

    private mutating func text(_ node: Yams.Node?, field: String, offset: Int) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar else {
            error("`\(field)` must be a text, not \(Self.describe(node))", at: position(node.mark, offset))
            return nil
        }
        let value = scalar.string.trimmed
        if value.isEmpty, Schema.field(named: field)?.requiredBy.contains(kind) == true {
            error("`\(field)` is empty: write the \(kind.rawValue)'s \(field)", at: position(node.mark, offset))
        }
        return value
    }

    private mutating func list(_ node: Yams.Node?, field: String, offset: Int) -> [String] {
        guard let node else { return [] }
        if let scalar = node.scalar, scalar.string.isEmpty || scalar.tag == .implicit && scalar.string == "~" { return [] }
        guard let sequence = node.sequence else {
            error("`\(field)` must be a list (`\(field): [a, b]`), not \(Self.describe(node))", at: position(node.mark, offset))
            return []
        }
        var values: [String] = []
        for item in sequence {
            guard let scalar = item.scalar, !scalar.string.isEmpty else {
                error("every item of `\(field)` must be a non-empty text, not \(Self.describe(item))", at: position(item.mark, offset))
                continue
            }
            values.append(scalar.string.trimmed)
        }
        return values
    }

    private mutating func sources(_ node: Yams.Node?, offset: Int) -> [Source] {
        guard let node else { return [] }
        guard let sequence = node.sequence else {
            error("`sources` must be a list of mappings (`- publisher: ...`), not \(Self.describe(node))", at: position(node.mark, offset))
            return []
        }
        var result: [Source] = []
        for item in sequence {
            let at = position(item.mark, offset)
            guard let mapping = item.mapping else {
                error("each source must be a mapping with at least `publisher`, not \(Self.describe(item))", at: at)
                continue
            }
            var fields: [String: String] = [:]
            for (key, value) in mapping {
                guard let name = key.scalar?.string else { continue }
                guard Schema.sourceFields.contains(where: { $0.name == name }) else {
                    let known = Schema.sourceFields.map(\.name).joined(separator: ", ")
                    warning("unknown source field `\(name)` (known: \(known))", at: position(key.mark, offset))
                    continue
                }
                guard let scalar = value.scalar else {
                    error("source field `\(name)` must be a text, not \(Self.describe(value))", at: position(value.mark, offset))
                    continue
                }
                fields[name] = scalar.string.trimmed
            }
            guard let publisher = fields["publisher"], !publisher.isEmpty else {
                error("a source needs a `publisher`: who published the figure (the article itself if it names no original)", at: at)
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

    static func describe(_ node: Yams.Node?) -> String {
        switch node {
        case .none: return "nothing"
        case .scalar: return "a text"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return ("\(prefix)\(problem)", mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            return ("the field \(duplicates.map { "`\($0)`" }.joined(separator: ", ")) is written twice; keep one", context.mark)
        case let .reader(problem, _, _, _):
            return (problem, nil)
        default:
            return ("\(error)", nil)
        }
    }
}
