import ArgumentParser
import Foundation
import SeamCharts
import SeamContent
import SeamMarkdown

/// `seam show ID`: one entry rendered for the terminal, then related entries and backlinks.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show one entry: rendered for the terminal, then related entries and what links to it.")

    @OptionGroup var options: ContentOptions
    @Argument(help: "The entry's id (its file name), or its title or an alias.") var id: [String] = []
    @Flag(help: "Print the entry's Markdown source instead.") var markdown = false
    @Flag(help: "Print {id, kind, title, summary, markdown, links, backlinks} as JSON.") var json = false

    struct Reference: Encodable {
        var id, title: String
        var anchor: String?
        var text: String?
    }

    struct Output: Encodable {
        var id, kind, title, summary, markdown, path: String
        var aliases: [String]
        var links: [Reference]
        var backlinks: [Reference]
        var related: [Reference]
    }

    func validate() throws {
        if id.joined(separator: " ").trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("give the id of an entry, as `seam list` lists them")
        }
    }

    func run() throws {
        let project = try options.load()
        let base = project.base
        let name = id.joined(separator: " ")
        guard let entry = base.entry(name) ?? base.entry(named: name) else {
            var message = "no entry with id \"\(terminalSafe(name))\""
            let close = base.suggestions(for: name)
            if !close.isEmpty { message += "\ndid you mean: " + close.map { "\"\(terminalSafe($0))\"" }.joined(separator: ", ") + "?" }
            message += "\n(`seam search \(terminalSafe(name))` searches the text; `seam list` lists the ids)"
            printError(message)
            throw ExitCode(1)
        }
        if markdown {
            let data = FileManager.default.contents(atPath: options.content + "/" + entry.path) ?? Data()
            FileHandle.standardOutput.write(data)
            return
        }
        let links = (base.links[entry.id] ?? []).map { link in
            Reference(id: link.target, title: base.entry(link.target)?.title ?? link.target, anchor: link.anchor, text: link.text)
        }
        let backlinks = base.titledList(base.backlinks[entry.id] ?? []).map { Reference(id: $0.id, title: $0.title) }
        let related = base.titledList(entry.related).map { Reference(id: $0.id, title: $0.title) }
        if json {
            try printJSON(Output(id: entry.id, kind: entry.kind.rawValue, title: entry.title, summary: entry.summary,
                                 markdown: entry.body, path: options.displayPath(entry.path), aliases: entry.aliases,
                                 links: links, backlinks: backlinks, related: related))
            return
        }
        var lines: [String] = []
        lines.append(Terminal.bold(terminalSafe(entry.title)))
        lines.append(Terminal.dim("\(entry.kind.rawValue) · \(entry.id) · \(options.displayPath(entry.path))"))
        if !entry.aliases.isEmpty { lines.append("Also called: " + terminalSafe(entry.aliases.joined(separator: ", "))) }
        // The kind's own fields: an entry named (`id`), then the others (`EntryDetail`).
        for field in entry.kind.fields where field.type == .id {
            guard let target = entry.text(of: field.name).flatMap({ base.entry($0) }) else { continue }
            let label = field.label ?? target.kind.singularName
            lines.append(terminalSafe("\(label.hasSuffix(":") ? label : label + ":") \(target.title) (seam show \(target.id))"))
        }
        for detail in base.details(of: entry) {
            let value: String
            switch detail.value {
            case .text(let text): value = text
            case .texts(let texts): value = texts.joined(separator: ", ")
            case .number(let number): value = String(number)
            case .flag(let flag): value = flag ? "yes" : "no"
            case .entries(let ids): value = ids.joined(separator: ", ")
            }
            lines.append(terminalSafe("\(detail.label): \(value)"))
        }
        let renderer = base.terminalRenderer(for: entry)
        if let figure = entry.figure {
            let line = "Figure: " + figure + (entry.measured.map { " (\($0))" } ?? "")
            lines.append(renderer.wrapPlain(terminalSafe(line)))
        }
        lines.append("")
        lines.append(renderer.render(MarkdownDocument.parse(entry.summary)).trimmingCharacters(in: .newlines))
        lines.append("")
        lines.append(renderer.render(MarkdownDocument.parse(entry.body)).trimmingCharacters(in: .newlines))
        if let chart = project.charts[entry.id] {
            lines.append("")
            lines.append(Terminal.bold("Reporting lines"))
            lines += chart.textTree.map { "  " + terminalSafe($0) }
        }
        if !entry.sources.isEmpty {
            lines.append("")
            lines.append(Terminal.bold("Sources"))
            for source in entry.sources { lines.append("  " + terminalSafe(source.citation)) }
        }
        for (heading, list) in [("Related", related), ("Linked from", backlinks)] where !list.isEmpty {
            lines.append("")
            lines.append(Terminal.bold(heading))
            let width = list.map(\.id.count).max() ?? 0
            for item in list {
                lines.append("  seam show \(item.id)\(String(repeating: " ", count: width - item.id.count))  \(terminalSafe(item.title))")
            }
        }
        print(lines.joined(separator: "\n"))
    }
}
