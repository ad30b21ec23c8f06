import ArgumentParser
import SeamContent
import SeamMarkdown

/// `seam define TERM`: a glossary term by its title or an alias, in any case.
struct Define: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Define a glossary term, found by its title or an alias in any case. Exit 1 when unknown.")

    @OptionGroup var options: ContentOptions
    @Argument(help: "The term: its title, an alias or its id, in any case.") var term: [String] = []
    @Flag(help: "Print {id, title, aliases, definition} as JSON.") var json = false

    struct Output: Encodable {
        var id, title, summary: String
        var aliases: [String]
        var definition: String
        var related: [Show.Reference]
    }

    func validate() throws {
        if term.joined(separator: " ").trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("give a term to define, by its title, an alias or its id")
        }
    }

    func run() throws {
        let base = try options.load().base
        let name = term.joined(separator: " ")
        let found = base.entry(named: name)
        guard let entry = found, entry.kind.has(.glossary) else {
            var message: String
            if let other = found {
                message = "\"\(terminalSafe(name))\" is not a glossary term but a \(other.kind.rawValue): `seam show \(other.id)`"
            } else {
                message = "no glossary term named \"\(terminalSafe(name))\""
                let close = base.suggestions(for: name, behavior: .glossary)
                if !close.isEmpty { message += "\ndid you mean: " + close.map { "\"\(terminalSafe($0))\"" }.joined(separator: ", ") + "?" }
                message += "\n(`seam search \(terminalSafe(name))` searches every entry)"
            }
            printError(message)
            throw ExitCode(1)
        }
        let document = MarkdownDocument.parse(entry.body)
        let definition = document.firstParagraph.isEmpty ? entry.summary : document.firstParagraph
        var seeAlso = entry.related
        for link in base.links[entry.id] ?? [] where !seeAlso.contains(link.target) && link.target != entry.id { seeAlso.append(link.target) }
        let related = base.titledList(seeAlso).map { Show.Reference(id: $0.id, title: $0.title) }
        if json {
            try printJSON(Output(id: entry.id, title: entry.title, summary: entry.summary, aliases: entry.aliases,
                                 definition: definition, related: related))
            return
        }
        var lines: [String] = [Terminal.bold(terminalSafe(entry.title))
                                + (entry.aliases.isEmpty ? "" : " (" + terminalSafe(entry.aliases.joined(separator: ", ")) + ")")]
        lines.append("")
        let paragraph = Self.firstParagraphSource(document)
        let renderer = base.terminalRenderer(for: entry)
        lines.append(renderer.render(MarkdownDocument.parse(paragraph.isEmpty ? entry.summary : paragraph))
            .trimmingCharacters(in: .newlines))
        if !related.isEmpty {
            lines.append("")
            lines.append(Terminal.bold("See also"))
            let width = related.map(\.id.count).max() ?? 0
            for item in related {
                lines.append("  seam show \(item.id)\(String(repeating: " ", count: width - item.id.count))  \(terminalSafe(item.title))")
            }
        }
        print(lines.joined(separator: "\n"))
    }

    /// The Markdown source of the first paragraph (its lines), so links keep working.
    static func firstParagraphSource(_ document: MarkdownDocument) -> String {
        guard let node = document.nodes.first(where: { $0.kind == .paragraph }), node.start.line > 0 else { return "" }
        let lines = document.source.split(separator: "\n", omittingEmptySubsequences: false)
        guard node.end.line <= lines.count, node.start.line <= node.end.line else { return "" }
        return lines[(node.start.line - 1)..<node.end.line].joined(separator: "\n")
    }
}
