import ArgumentParser
import SeamContent
import SeamSearch

/// `seam list [--kind K]`: the entries, by kind.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the entries of the knowledge base, by kind.")

    @OptionGroup var options: ContentOptions
    @Option(help: "Only entries of this kind (or its folder: terms, faqs ...).") var kind: KindArgument?
    @Flag(help: "Print [{id, kind, title}] as JSON.") var json = false

    struct Item: Encodable {
        var id, kind, title, summary, path: String
    }

    func run() throws {
        let index = try options.searchIndex()
        let schema = Schema.load(options.content)
        let kind = try self.kind.map { try KindArgument.resolve($0.name, content: options.content) }
        var items: [Item] = []
        for number in 0..<index.documentCount {
            let entry = index.document(number)
            if let kind, entry.kind != kind.id { continue }
            items.append(Item(id: entry.id, kind: entry.kind, title: entry.title, summary: entry.summary,
                              path: options.displayPath(entry.path)))
        }
        let order = { (item: Item) in schema.kind(id: item.kind)?.order ?? Int.max }
        items.sort { (order($0), $0.id) < (order($1), $1.id) }
        if json {
            try printJSON(items)
            return
        }
        if items.isEmpty {
            print(kind.map { "no \($0.pluralName.lowercased()) in \(options.content)" } ?? "no entries in \(options.content)")
            return
        }
        let idWidth = min(items.map(\.id.count).max() ?? 0, 40)
        var lines: [String] = []
        var currentKind = ""
        for item in items {
            if item.kind != currentKind {
                if !currentKind.isEmpty { lines.append("") }
                currentKind = item.kind
                let count = items.filter { $0.kind == item.kind }.count
                let name = schema.kind(id: item.kind)?.pluralName ?? (item.kind == Kind.page.id ? Kind.page.pluralName : item.kind)
                lines.append(Terminal.bold("\(name) (\(count))"))
            }
            let padding = String(repeating: " ", count: max(idWidth - item.id.count, 0))
            lines.append("  \(item.id)\(padding)  \(terminalSafeText(item.title))")
        }
        print(lines.joined(separator: "\n"))
    }
}
