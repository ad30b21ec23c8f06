import ArgumentParser
import SeamSearch

extension Seam {
    /// Runs `seam search ...` without building the whole command tree first (a few milliseconds
    /// of reflection over every subcommand, a large share of a search's time). Anything the fast
    /// path does not parse cleanly (help, completions, errors) goes the ordinary way, which
    /// parses again and reports as usual.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "search", !arguments.contains(where: { $0.hasPrefix("-h") || $0 == "--help" || $0.hasPrefix("--generate") }) {
            // Open the index and start checking its files before parsing, so the two overlap.
            var content = "content"
            for (position, argument) in arguments.enumerated() {
                if argument == "--content", position + 1 < arguments.count { content = arguments[position + 1] }
                if argument.hasPrefix("--content=") { content = String(argument.dropFirst("--content=".count)) }
            }
            Search.prestarted = (content, IndexStore(root: content).openCached())
            var command: Search
            do {
                command = try Search.parseAsRoot(Array(arguments.dropFirst())) as? Search ?? { throw ExitCode(64) }()
            } catch {
                main(nil)
                return
            }
            do {
                try command.run()
            } catch let code as ExitCode {
                exit(withError: code)
            } catch {
                main(nil)  // a usage problem found while running: reported the ordinary way
            }
            return
        }
        main(nil)
    }
}
