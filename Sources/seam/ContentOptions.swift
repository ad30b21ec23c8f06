import ArgumentParser
import SeamContent
import SeamProject

/// `--content DIR`, shared by every command.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The knowledge base folder.", valueName: "DIR"))
    var content: String = "content"

    /// Loads the knowledge base with its charts, assessments and every problem found in them, or
    /// prints why it cannot and exits 1.
    func load() throws -> Project {
        do {
            return try Project.load(content)
        } catch let error as DiagnosticError {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}
