import ArgumentParser
import Foundation
import SeamContent
import SeamMarkdown
import SeamSearch

/// `seam search QUERY`: ranked entries, best first.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search the knowledge base. Exit 1 when no entry matches.",
        discussion: """
            Entries with every word rank high, and so do those that say the same in other words \
            (related words, and the questions an entry lists under asked-as). Quote a phrase ("span of \
            control"); the last word also matches as a prefix; typos are forgiven in words of 4 letters \
            or more; names and aliases work both ways (NRR, net revenue retention).
            """)

    @OptionGroup var options: ContentOptions
    @Argument(help: "Words to search for.") var query: [String] = []
    @Option(help: "Only entries of this kind (or its folder: terms, faqs ...).") var kind: KindArgument?
    @Option(help: "Most results shown.") var limit = 10
    @Flag(help: "Print [{id, kind, title, summary, score, snippet, path, section, anchor}] as JSON.") var json = false

    struct Result: Encodable {
        var id, kind, title, summary: String
        var score: Double
        var snippet: String
        var path: String
        /// The heading of the section that matches best, and its anchor; nil (left out) when the
        /// entry matched only by its title, aliases or summary.
        var section: String?
        var anchor: String?
    }

    func validate() throws {
        guard (1...1_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1000") }
        do {
            _ = try SearchQuery.parse(query.joined(separator: " "))
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The index opened (and its freshness check started) by `Seam.main` before the arguments
    /// were parsed, with the content folder it is for.
    nonisolated(unsafe) static var prestarted: (root: String, opened: (index: SearchIndex, check: FreshnessCheck)?)?

    /// What a search found, ready to print.
    enum Answer {
        case found([(Result, Snippet)])
        case none(String)
    }

    func run() throws {
        try Request(query: query, kind: kind?.name, limit: limit, json: json, content: options.content).run()
    }

    /// A search as asked for, from the parsed command or from `Seam.main`'s fast path.
    struct Request {
        var query: [String]
        /// The kind as written (`term`, `terms`), resolved against the content's schema.
        var kind: String?
        var limit: Int
        var json: Bool
        var content: String

        /// What the request needs of `ContentOptions`, without building one (which costs reflection).
        var options: Paths { Paths(content: content) }

        struct Paths {
            var content: String
            func displayPath(_ path: String) -> String { ContentOptions.displayPath(path, content: content) }
            func warnAboutProblems(_ index: SearchIndex) { ContentOptions.warnAboutProblems(index, content: content) }
        }

        func run() throws {
            let kind = try self.kind.map { try KindArgument.resolve($0, content: options.content) }
            let parsed: SearchQuery
            do {
                parsed = try SearchQuery.parse(query.joined(separator: " "))
            } catch {
                throw ValidationError(error.description)
            }
            // Search the stored index while its files are checked; use the answer only if it was fresh.
            let store = IndexStore(root: options.content)
            let opened = Search.prestarted.flatMap { $0.root == options.content ? $0.opened : nil } ?? store.openCached()
            if let (index, check) = opened {
                let answer = self.answer(parsed, index, kind: kind)
                if check.finish() { return try emit(answer, index) }
            }
            let index: SearchIndex
            do {
                index = try store.rebuild()
            } catch let error as DiagnosticError {
                printError(error.description)
                throw ExitCode(1)
            }
            try emit(answer(parsed, index, kind: kind), index)
        }

        func answer(_ parsed: SearchQuery, _ index: SearchIndex, kind: Kind?) -> Answer {
            let searcher = Searcher(index: index)
            let result = searcher.search(parsed, kind: kind?.rawValue, limit: limit)
            if result.hits.isEmpty {
                var message = "no entry matches \"\(terminalSafe(parsed.text))\"" + (kind.map { " among \($0.pluralName.lowercased())" } ?? "")
                let suggestions = searcher.suggestions(for: parsed)
                if !suggestions.isEmpty {
                    message += "\ndid you mean: " + suggestions.map { "\"\(terminalSafe($0))\"" }.joined(separator: ", ") + "?"
                }
                return .none(message)
            }
            let width = json ? 160 : max(Terminal.width - 4, 30)
            return .found(result.hits.map { hit in
                let entry = index.document(hit.document), text = index.text(hit.document)
                let snippet = Snippet.make(summary: entry.summary, sections: text.sections, clauseTerms: result.clauseTerms, width: width)
                let section = text.bestSection(for: result.clauseTerms, preferring: snippet.anchor)
                return (Result(id: entry.id, kind: entry.kind, title: entry.title, summary: entry.summary,
                               score: hit.score, snippet: snippet.text, path: options.displayPath(entry.path),
                               section: section?.heading, anchor: section?.anchor), snippet)
            })
        }

        func emit(_ answer: Answer, _ index: SearchIndex) throws {
            options.warnAboutProblems(index)
            switch answer {
            case .none(let message):
                if json { print("[]") }
                printError(message)
                throw ExitCode(1)
            case .found(let results):
                if json { return try printJSON(results.map(\.0)) }
                var lines: [String] = []
                for (item, snippet) in results {
                    lines.append(Terminal.bold(terminalSafeText(item.title)) + "  " + Terminal.dim("\(item.kind) · seam show \(item.id)"))
                    lines.append("    " + Terminal.highlight(snippet.text, snippet.highlights))
                }
                print(lines.joined(separator: "\n"))
            }
        }
    }
}
