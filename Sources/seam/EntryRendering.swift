import SeamContent
import SeamMarkdown

/// Rendering entries for the terminal, shared by `seam show` and `seam define`.
extension KnowledgeBase {
    /// A renderer whose link references name the entry to `seam show` next.
    func terminalRenderer(for entry: Entry) -> TerminalRenderer {
        let byPath = Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        return TerminalRenderer(width: min(Terminal.width, 100), styled: Terminal.styled) { url in
            switch LinkTarget.resolve(url, from: entry.path) {
            case .file(let path, let anchor):
                guard let target = byPath[path] else { return url }
                let place = anchor.map { $0.isEmpty ? "" : " (#\($0))" } ?? ""
                return "seam show \(target.id)\(place)  \(target.title)"
            case .samePage(let anchor):
                return "#\(anchor)"
            case .external(let destination):
                return destination
            case .invalid:
                return url
            }
        }
    }

    /// `id  title` lines for a list of ids (unknown ids left out).
    func titledList(_ ids: [String]) -> [(id: String, title: String)] {
        ids.compactMap { id in entry(id).map { (id: $0.id, title: $0.title) } }
    }

    /// Close ids and names for a name that leads nowhere.
    func suggestions(for name: String, behavior: Kind.Behavior? = nil) -> [String] {
        let pool = entries.filter { behavior == nil || $0.kind.has(behavior!) }
        let names = pool.flatMap { [$0.id, $0.title] + $0.aliases }
        return EditDistance.suggestions(for: name, in: names)
    }
}
