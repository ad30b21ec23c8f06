import ArgumentParser
import SeamAssess
import SeamCharts
import SeamContent

/// `--content DIR`, shared by every command.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The knowledge base folder.", valueName: "DIR"))
    var content: String = "content"

    /// Loads the knowledge base with the problems of every validator (content, org charts,
    /// assessments),
    /// or prints why it cannot and exits 1.
    func load(whenRead: (([Entry]) -> Void)? = nil) throws -> KnowledgeBase {
        do {
            let base = try KnowledgeBase.load(content, whenRead: whenRead)
            return base.adding(OrgChart.diagnostics(base) + base.assessmentDiagnostics())
        } catch let error as DiagnosticError {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}
