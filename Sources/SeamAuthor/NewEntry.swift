import Foundation
import SeamContent

/// The file `seam new KIND TITLE` writes: an entry of `kind` with its title, an id slugged from the
/// title, and a `Placeholder` for the summary, the body and every other field the kind requires,
/// which `seam check` reports until the author fills them in.
public struct NewEntry: Sendable {
    public let kind: Kind
    public let title: String
    /// The entry's id: its file name without `.md`.
    public let id: String

    /// The new entry of the kind `kindID` (a kind's id, or its folder) in `schema`; an error that
    /// names the kinds, the closest first, when there is no such kind.
    public init(kindID: String, title: String, schema: Schema) throws {
        guard let kind = schema.kind(id: kindID) ?? schema.kind(folder: kindID) else {
            let ids = schema.kinds.map(\.id)
            let close = EditDistance.suggestions(for: kindID, in: ids + schema.kinds.map(\.folder), count: 1)
                .map { schema.kind(folder: $0)?.id ?? $0 }
            let hint = close.first.map { "did you mean `\($0)`? " } ?? ""
            throw AuthorError("unknown kind `\(kindID)`: \(hint)the kinds are \(ids.map { "`\($0)`" }.joined(separator: ", "))")
        }
        let trimmed = title.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw AuthorError("the title must be one line of text, such as \"Error budget\"")
        }
        let id = Self.slug(trimmed)
        guard Schema.isValidID(id) else {
            throw AuthorError("cannot make a file name from \"\(trimmed)\": give a title with letters or digits")
        }
        self.kind = kind
        self.title = trimmed
        self.id = id
    }

    /// The id for a title: ASCII letters (accents dropped) and digits, lowercased, every other run
    /// of characters one hyphen, at most 100 characters (`Error budget` gives `error-budget`).
    public static func slug(_ title: String) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
        var slug = ""
        var pendingHyphen = false
        for byte in folded.utf8 {
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.append(Character(UnicodeScalar(byte)))
            } else {
                pendingHyphen = true
            }
        }
        var cut = String(slug.prefix(100))
        while cut.hasSuffix("-") { cut.removeLast() }
        return cut
    }

    /// The entry's path in the content folder (`terms/error-budget.md`).
    public var path: String { kind.folder + "/" + id + ".md" }

    /// The text of the file: front matter with placeholders, then a placeholder body.
    public func text(schema: Schema) -> String {
        var lines = ["---", "title: " + Self.quoted(title),
                     "summary: " + Self.quoted(Placeholder.text("one sentence that says what \(title) is"))]
        let written: Set<String> = ["title", "summary", "sources", "figure", "measured"]
        if kind.has(.sourcedFigure) {
            lines += ["figure: " + Self.quoted(Placeholder.text("the figure as written, such as 27%")),
                      "measured: " + Self.quoted(Placeholder.text("what the figure measures, in one sentence")),
                      "sources:", "  - publisher: " + Self.quoted(Placeholder.text("who published the figure"))]
        }
        for field in schema.fields(for: kind) where field.required && !written.contains(field.name) {
            let what = field.targetKind.map { "the id of a \(schema.kind(id: $0)?.singularName.lowercased() ?? $0)" }
                ?? field.label ?? field.name
            lines.append(field.name + ": " + Self.quoted(Placeholder.text(what)))
        }
        if kind.has(.assessment) { lines += Self.assessmentSkeleton }
        lines += ["---", Placeholder.text("the text of the \(kind.singularName.lowercased()), in Markdown."), ""]
        return lines.joined(separator: "\n")
    }

    /// Writes the entry into the content folder `root` and returns its path; refuses when a file of
    /// that name exists, or when another kind already has an entry with the same id.
    @discardableResult
    public func write(into root: String, schema: Schema) throws -> String {
        let manager = FileManager.default
        let target = root + "/" + path
        for other in schema.kinds {
            let existing = root + "/" + other.folder + "/" + id + ".md"
            if manager.fileExists(atPath: existing) {
                throw AuthorError("\(existing) already exists: ids are unique across the knowledge base; give another title, "
                    + "or edit that file")
            }
        }
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            throw AuthorError("\(root) is not a knowledge base folder: run `seam init \(root)` first, or pass --content DIR")
        }
        try manager.createDirectory(atPath: root + "/" + kind.folder, withIntermediateDirectories: true)
        // O_EXCL: never over a file that appeared since the check above.
        let descriptor = open(target, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw AuthorError("cannot create \(target): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        let bytes = Array(text(schema: schema).utf8)
        let count = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard count == bytes.count else { throw AuthorError("cannot write \(target): \(String(cString: strerror(errno)))") }
        return target
    }

    /// A text as a YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    private static let explainedBy = Placeholder.text("the id of the entry that explains it")

    /// An assessment's questions and outcomes, one of each shape, to be filled in.
    static let assessmentSkeleton: [String] = [
        "questions:",
        "  - id: first-question",
        "    label: " + quoted(Placeholder.text("a short name for the question")),
        "    prompt: " + quoted(Placeholder.text("the question, as the reader sees it")),
        "    explanation: " + quoted(Placeholder.text("why the question matters, in one line")),
        "    entry: " + quoted(explainedBy),
        "    options:",
        "      - id: \"yes\"",
        "        label: \"Yes\"",
        "        score: 1",
        "        why: " + quoted(Placeholder.text("what this answer means")),
        "        entry: " + quoted(explainedBy),
        "      - id: \"no\"",
        "        label: \"No\"",
        "        score: 0",
        "        why: " + quoted(Placeholder.text("what this answer means")),
        "        entry: " + quoted(explainedBy),
        "outcomes:",
        "  - id: first-outcome",
        "    title: " + quoted(Placeholder.text("the outcome's name")),
        "    summary: " + quoted(Placeholder.text("what the outcome means, in one sentence")),
        "    entry: " + quoted(explainedBy),
        "    when: {answer: first-question, in: [\"yes\"]}",
        "  - id: second-outcome",
        "    title: " + quoted(Placeholder.text("the outcome's name")),
        "    summary: " + quoted(Placeholder.text("what the outcome means, in one sentence")),
        "    entry: " + quoted(explainedBy),
        "    otherwise: true",
    ]
}
