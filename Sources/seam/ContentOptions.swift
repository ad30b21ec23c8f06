import ArgumentParser
import SeamContent

/// `--content DIR`, shared by every command.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The knowledge base folder.", valueName: "DIR"))
    var content: String = "content"

    /// Loads the knowledge base, or prints why not and exits 1.
    func load() throws -> KnowledgeBase {
        do {
            return try KnowledgeBase.load(content)
        } catch let error as DiagnosticError {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}
