import Foundation
import SeamMarkdown
import Yams

extension Schema {
    /// The declaration Seam ships with (`Defaults/schema.yml`, the same as the shipped knowledge
    /// base's `content/schema.yml`): what a knowledge base without a `schema.yml` gets.
    public static let shipped: Schema = {
        let text = String(decoding: PackageResources.schema_yml, as: UTF8.self)
        let (schema, problems) = parse(text, path: "schema.yml (shipped)")
        guard let schema, problems.isEmpty else { preconditionFailure("the shipped schema does not read: \(problems)") }
        return schema
    }()

    /// The schema of the knowledge base in `root` (the shipped one when it has none, or when
    /// its `schema.yml` has errors, which `seam check` reports).
    public static func load(_ root: String) -> Schema {
        read(root: root, displayRoot: root, maximumFileSize: maximumFileSize).0
    }

    /// Reads `schema.yml` in the content folder `root` (shown as `displayRoot` in diagnostics);
    /// the shipped schema when there is none, or when it has errors (which are returned).
    static func read(root: String, displayRoot: String, maximumFileSize: Int) -> (Schema, [Diagnostic]) {
        let shown = displayRoot == "." ? fileName : displayRoot + "/" + fileName
        switch SettingsFile.read(root + "/" + fileName, shown: shown, maximumFileSize: maximumFileSize) {
        case .missing:
            return (shipped, [])
        case .unreadable(let diagnostic):
            return (shipped, [diagnostic])
        case .text(let text):
            let (schema, problems) = parse(text, path: shown)
            return (schema ?? shipped, problems)
        }
    }

    /// Parses a schema's text; nil when it has errors (all of them returned).
    static func parse(_ text: String, path: String) -> (Schema?, [Diagnostic]) {
        var reader = SchemaReader(path: path)
        let schema = reader.read(text)
        return (reader.diagnostics.isEmpty ? schema : nil, reader.diagnostics)
    }
}

/// Reads the text of a `schema.yml`, gathering every problem with its position.
struct SchemaReader {
    var path: String
    var diagnostics: [Diagnostic] = []

    mutating func error(_ message: String, _ at: SourcePosition) {
        diagnostics.append(Diagnostic(path: path, line: at.line, column: at.column, message: message))
    }

    mutating func read(_ text: String) -> Schema? {
        let start = SourcePosition(line: 1, column: 1)
        let data: DataValue
        switch YAMLText.read(text, lineOffset: 0) {
        case .failure(let problem):
            error(problem.message, problem.position)
            return nil
        case .success(let value):
            data = value ?? .null(start)
        }
        guard let pairs = data.pairs else {
            error("write the schema as a mapping with `kinds:` (and `roles:`), not \(data.typeDescription)", data.position)
            return nil
        }
        var kinds: [Kind] = []
        var roles: [Schema.Role]?
        var sawKinds = false
        for pair in pairs {
            switch pair.key {
            case "kinds":
                sawKinds = true
                kinds = readKinds(pair.value)
            case "roles":
                roles = readRoles(pair.value)
            default:
                error("unknown key `\(pair.key)`\(Self.hint(pair.key, ["kinds", "roles"])): the schema takes `kinds` and `roles`", pair.value.position)
            }
        }
        if !sawKinds { error("the schema declares no `kinds`: add `kinds:` with one mapping per kind (see content/README.md)", start) }
        return Schema(kinds: kinds, roles: roles)
    }

    static let kindKeys = ["folder", "singular", "plural", "navigation", "home", "search-weight", "behaviors", "fields"]
    static let fieldKeys = ["type", "required", "kind", "label"]

    private mutating func readKinds(_ value: DataValue) -> [Kind] {
        guard let pairs = value.pairs, !pairs.isEmpty else {
            error("`kinds` must map each kind's id to its declaration (`term: {folder: terms, ...}`), not \(value.typeDescription)", value.position)
            return []
        }
        var kinds: [Kind] = []
        var folders: [String: String] = [:]
        for (order, pair) in pairs.enumerated() {
            let id = pair.key
            guard Schema.isValidID(id), id != Kind.page.id else {
                error("`\(id)` cannot be a kind's id: use lowercase letters, digits and hyphens (and not `page`, the kind of top-level pages)", pair.value.position)
                continue
            }
            guard let kind = readKind(id, pair.value, order: order) else { continue }
            if let other = folders[kind.folder] {
                error("kinds `\(other)` and `\(id)` both use the folder `\(kind.folder)`: give each kind its own folder", pair.value.position)
                continue
            }
            folders[kind.folder] = id
            kinds.append(kind)
        }
        return kinds
    }

    private mutating func readKind(_ id: String, _ value: DataValue, order: Int) -> Kind? {
        guard let pairs = value.pairs else {
            error("kind `\(id)` must be a mapping (`folder:`, `singular:`, `plural:` ...), not \(value.typeDescription)", value.position)
            return nil
        }
        let before = diagnostics.count
        // A misspelt key is one error: the required key it stands for is not reported missing too.
        var misspelt: Set<String> = []
        for field in value.fields ?? [] where !Self.kindKeys.contains(field.key) {
            misspelt.formUnion(EditDistance.suggestions(for: field.key, in: Self.kindKeys, count: 1))
            error("unknown key `\(field.key)` in kind `\(id)`\(Self.hint(field.key, Self.kindKeys)); a kind takes \(Self.kindKeys.map { "`\($0)`" }.joined(separator: ", "))",
                  field.keyPosition)
        }
        func text(_ key: String) -> String? {
            guard let value = value[key] else {
                if !misspelt.contains(key) { error("kind `\(id)` needs `\(key)`", value.position) }
                return nil
            }
            guard let text = value.text?.trimmed, !text.isEmpty else {
                error("`\(key)` of kind `\(id)` must be a line of text, not \(value.typeDescription)", value.position)
                return nil
            }
            return text
        }
        let folder = text("folder"), singular = text("singular"), plural = text("plural")
        if let folder, !Schema.isValidID(folder) {
            error("`folder` of kind `\(id)` must be a folder name of lowercase letters, digits and hyphens, not `\(folder)`", value["folder"]!.position)
        }
        let navigation = flag(value["navigation"], "navigation", of: id) ?? true
        let home = flag(value["home"], "home", of: id) ?? false
        var weight = 1.0
        if let given = value["search-weight"] {
            if let number = given.text.flatMap(Double.init), number > 0, number <= 100 { weight = number } else {
                error("`search-weight` of kind `\(id)` must be a number above 0 (1 is neutral), not `\(given.text ?? given.typeDescription)`", given.position)
            }
        }
        var behaviors: Set<Kind.Behavior> = []
        if let given = value["behaviors"] {
            let names = Kind.Behavior.allCases.map(\.rawValue)
            for item in given.items ?? [given] {
                guard let name = item.text, let behavior = Kind.Behavior(rawValue: name) else {
                    let written = item.text ?? item.typeDescription
                    error("unknown behavior `\(written)`\(Self.hint(written, names)): use \(names.map { "`\($0)`" }.joined(separator: ", "))", item.position)
                    continue
                }
                behaviors.insert(behavior)
            }
        }
        var fields: [Schema.Field] = []
        for behavior in Kind.Behavior.allCases where behaviors.contains(behavior) {
            for field in Schema.fields(of: behavior) where !fields.contains(where: { $0.name == field.name }) { fields.append(field) }
        }
        if let given = value["fields"] {
            for field in readFields(given, of: id) {
                fields.removeAll { $0.name == field.name }
                fields.append(field)
            }
        }
        guard diagnostics.count == before, let folder, let singular, let plural else { return nil }
        return Kind(id: id, folder: folder, singularName: singular, pluralName: plural, behaviors: behaviors,
                    inNavigation: navigation, onHome: home, searchWeight: weight, fields: fields, order: order)
    }

    private mutating func readFields(_ value: DataValue, of kind: String) -> [Schema.Field] {
        guard let pairs = value.pairs else {
            error("`fields` of kind `\(kind)` must map each field's name to its type (`framework: {type: id}`), not \(value.typeDescription)", value.position)
            return []
        }
        let types = ["text", "text-list", "id", "id-list", "sources", "flag", "number"]
        var fields: [Schema.Field] = []
        for pair in pairs {
            let spec = pair.value
            let typeValue = spec.pairs == nil ? spec : spec["type"]
            guard let typeName = typeValue?.text, types.contains(typeName), let type = Schema.FieldType(rawValue: typeName) else {
                let written = typeValue?.text ?? typeValue?.typeDescription ?? "nothing"
                error("field `\(pair.key)` of kind `\(kind)` needs a `type`: one of \(types.map { "`\($0)`" }.joined(separator: ", ")), not `\(written)`\(Self.hint(written, types))",
                      typeValue?.position ?? spec.position)
                continue
            }
            var field = Schema.Field(name: pair.key, type: type)
            if spec.pairs != nil {
                for key in (spec.pairs ?? []).map(\.key) where !Self.fieldKeys.contains(key) {
                    error("unknown key `\(key)` in field `\(pair.key)`\(Self.hint(key, Self.fieldKeys)); a field takes \(Self.fieldKeys.map { "`\($0)`" }.joined(separator: ", "))", spec[key]!.position)
                }
                field.required = flag(spec["required"], "required", of: kind) ?? false
                field.targetKind = spec["kind"]?.text
                field.label = spec["label"]?.text
            }
            fields.append(field)
        }
        return fields
    }

    private mutating func readRoles(_ value: DataValue) -> [Schema.Role] {
        guard let pairs = value.pairs else {
            error("`roles` must map each role's name to the id of the glossary entry that explains it (or ~), not \(value.typeDescription)", value.position)
            return []
        }
        var roles: [Schema.Role] = []
        for pair in pairs {
            let name = pair.key.trimmed
            guard !name.isEmpty else { error("a role needs a name", pair.value.position); continue }
            switch pair.value {
            case .null: roles.append(Schema.Role(name: name, term: nil))
            case .text(let term, _): roles.append(Schema.Role(name: name, term: term.trimmed))
            default: error("role `\(name)` must name a glossary entry's id, or ~ for none, not \(pair.value.typeDescription)", pair.value.position)
            }
        }
        return roles
    }

    private mutating func flag(_ value: DataValue?, _ key: String, of kind: String) -> Bool? {
        guard let value else { return nil }
        switch value.text {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            error("`\(key)` of kind `\(kind)` must be true or false, not `\(value.text ?? value.typeDescription)`", value.position)
            return nil
        }
    }

    /// "; did you mean `x`?" for a close known word, or "".
    static func hint(_ written: String, _ known: [String]) -> String {
        let close = EditDistance.suggestions(for: written, in: known)
        return close.isEmpty ? "" : " (did you mean \(close.map { "`\($0)`" }.joined(separator: " or "))?)"
    }
}
