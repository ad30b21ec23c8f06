import ArgumentParser
import SeamContent
import SeamSearch

extension Seam {
    /// Runs a plain `seam search WORDS [--kind K] [--limit N] [--json] [--content DIR]` without
    /// ArgumentParser's reflection over the command tree (a few milliseconds, a large share of a
    /// search). Anything else (help, completions, unknown or malformed options, bad values) goes
    /// the ordinary way, which parses again and reports as usual.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "search", let request = fastSearchRequest(Array(arguments.dropFirst())) {
            // Open the index and start checking its files before anything else, so the two overlap.
            Search.prestarted = (request.content, IndexStore(root: request.content).openCached())
            do {
                try request.run()
                return
            } catch let code as ExitCode {
                exit(withError: code)
            } catch {
                // a usage problem found while running: reported the ordinary way below
            }
        }
        main(nil)
    }

    /// The request when `arguments` use only the plain forms; nil otherwise.
    static func fastSearchRequest(_ arguments: [String]) -> Search.Request? {
        var request = Search.Request(query: [], kind: nil, limit: 10, json: false, content: "content")
        var position = 0
        var onlyWords = false
        while position < arguments.count {
            let argument = arguments[position]
            position += 1
            if onlyWords || !argument.hasPrefix("-") || argument == "-" {
                request.query.append(argument)
                continue
            }
            func value() -> String? {
                guard position < arguments.count, !arguments[position].hasPrefix("-") else { return nil }
                position += 1
                return arguments[position - 1]
            }
            switch argument {
            case "--":
                onlyWords = true
            case "--json":
                request.json = true
            case "--content":
                guard let folder = value() else { return nil }
                request.content = folder
            case "--kind":
                guard let name = value(), let kind = KindArgument(argument: name) else { return nil }
                request.kind = kind.name
            case "--limit":
                guard let text = value(), let limit = Int(text), (1...1_000).contains(limit) else { return nil }
                request.limit = limit
            default:
                return nil
            }
        }
        guard (try? SearchQuery.parse(request.query.joined(separator: " "))) != nil else { return nil }
        return request
    }
}
