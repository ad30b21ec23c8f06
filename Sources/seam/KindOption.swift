import ArgumentParser
import SeamContent

/// `--kind K`: a kind's id (`term`) or its folder (`terms`), as the knowledge base's schema
/// declares them; checked against the schema once the content folder is known.
struct KindArgument: ExpressibleByArgument {
    var name: String

    init?(argument: String) {
        guard !argument.isEmpty else { return nil }
        name = argument.lowercased()
    }

    /// The kind `name` stands for in the knowledge base at `content`, or a usage error that lists
    /// the kinds there are.
    static func resolve(_ name: String, content: String) throws -> Kind {
        let schema = Schema.load(content)
        if let kind = schema.kind(id: name) ?? schema.kind(folder: name) { return kind }
        let close = EditDistance.suggestions(for: name, in: schema.kinds.map(\.id), count: 1)
        throw ValidationError("no kind `\(name)` in \(content)\(close.first.map { " (did you mean `\($0)`?)" } ?? ""): "
            + "the kinds are \(schema.kinds.map { "`\($0.id)`" }.joined(separator: ", "))")
    }
}
